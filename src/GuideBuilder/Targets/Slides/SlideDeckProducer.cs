using GuideBuilder.Model;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Writes every module's slide deck in every language into a folder by language, and hands
/// them to the HTML targets, which copy each deck to downloads/slides/&lt;lang&gt;/ and offer it on
/// its module's page.
/// </summary>
public static class SlideDeckProducer
{
    /// <summary>Where a module's deck sits among the downloads of the site and the E-box.</summary>
    public static string DownloadName(string language, string slug) => $"slides/{language}/{slug}.pptx";

    public static IReadOnlyList<DownloadFile> Produce(GuideDocument document, string folder, DateTimeOffset timestamp)
    {
        var decks = document.Editions
            .SelectMany(edition => edition.Pages.Where(p => p.IsModule).Select(page => (Edition: edition, Page: page)))
            .ToList();
        return [.. decks.AsParallel().AsOrdered().Select(item =>
        {
            // Named by the module's slug, so that the decks sort like the book.
            var name = DownloadName(item.Edition.Language, item.Page.Slug);
            var path = Path.Combine(folder, name);
            var (edition, page) = TextSource(document, item.Edition, item.Page);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, page), timestamp));
            return new DownloadFile(item.Edition.Language, name, path, "slides", item.Page.Id);
        })];
    }

    /// <summary>
    /// A module not yet translated is shown in the source language; its deck is the source
    /// language's deck, headings included, rather than slides that mix two languages.
    /// </summary>
    private static (GuideEdition Edition, GuidePage Page) TextSource(GuideDocument document, GuideEdition edition, GuidePage page)
    {
        if (page.ContentLanguage == edition.Language)
        {
            return (edition, page);
        }

        var source = document.Edition(page.ContentLanguage);
        return (source, source.Find(page.Id) ?? page);
    }
}
