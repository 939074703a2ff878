using GuideBuilder.Build;
using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Epub;

/// <summary>out/epub/: one EPUB 3 per language, reflowable, with the accessibility metadata of EPUB Accessibility 1.1.</summary>
public sealed class EpubFormat : IOutputFormat
{
    public string Name => "epub";

    public string Description => "one EPUB 3 per language (out/epub/)";

    public string Stage => "Writing EPUB";

    public IReadOnlyList<string> Needs => [];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context)
    {
        var document = context.Prepared.Document;
        var builder = new EpubBookBuilder(document, context.Prepared.Loaded.Folder);
        Directory.CreateDirectory(context.Folder);
        var downloads = new List<DownloadFile>();
        foreach (var edition in document.Editions)
        {
            var name = FileName(context, edition.Language);
            var path = Path.Combine(context.Folder, name);
            File.WriteAllBytes(path, EpubArchive.Write(builder.Build(edition), BuildClock.Timestamp));
            downloads.Add(new DownloadFile(edition.Language, name, path, "download_epub"));
        }

        return FormatResult.Folder(Counts.Of(downloads.Count, "book"), downloads);
    }

    /// <summary>&lt;guide&gt;-&lt;lang&gt;.epub, and &lt;guide&gt;-trainer-&lt;lang&gt;.epub for the trainer edition.</summary>
    public static string FileName(FormatContext context, string language) => $"{OutputNames.Stem(context.Prepared.Document)}-{language}.epub";
}
