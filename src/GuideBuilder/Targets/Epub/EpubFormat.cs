using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Epub;

/// <summary>out/epub/: one EPUB 3 per language, reflowable, with the accessibility metadata of EPUB Accessibility 1.1.</summary>
public sealed class EpubFormat : IOutputFormat
{
    public string Name => "epub";

    public string Description => "one EPUB 3 per language (out/epub/)";

    public string Stage => "Writing EPUB";

    public IReadOnlyList<string> Needs => [];

    /// <summary>The textbooks, when built in the same run: their measured pages give the EPUB its page list.</summary>
    public IReadOnlyList<string> Uses => ["pdf"];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context)
    {
        var document = context.Prepared.Document;
        var builder = new EpubBookBuilder(document, context.Prepared.Loaded.Folder);
        Directory.CreateDirectory(context.Folder);
        var downloads = new List<DownloadFile>();
        var withoutPages = new List<string>();
        foreach (var edition in document.Editions)
        {
            var name = FileName(context, edition.Language);
            var path = Path.Combine(context.Folder, name);
            var printed = context.Downloads.FirstOrDefault(d => d.Language == edition.Language && d.PrintedPages is not null)?.PrintedPages;
            if (printed is null)
            {
                withoutPages.Add(edition.Language);
            }

            File.WriteAllBytes(path, EpubArchive.Write(builder.Build(edition, printed), BuildClock.Timestamp));
            downloads.Add(new DownloadFile(edition.Language, name, path, "download_epub"));
        }

        if (withoutPages.Count > 0)
        {
            context.Diagnostics.Warning(SourceLocation.Option("epub"), DiagnosticCodes.EpubWithoutPageList,
                $"the EPUB ({string.Join(", ", withoutPages)}) has no page list: the PDF textbook was not built in this run, so its page numbers are not known",
                "build both together (guide build --formats pdf,epub) to give the EPUB the textbook's page numbers");
        }

        return FormatResult.Folder(Counts.Of(downloads.Count, "book"), downloads);
    }

    /// <summary>&lt;guide&gt;-&lt;lang&gt;.epub, and &lt;guide&gt;-trainer-&lt;lang&gt;.epub for the trainer edition.</summary>
    public static string FileName(FormatContext context, string language) => $"{OutputNames.Stem(context.Prepared.Document)}-{language}.epub";
}
