using GuideBuilder.Model;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Writes every module's slide deck in every language into out/slides/&lt;lang&gt;/, and hands
/// them to the HTML targets, which offer each deck on its module's page.
/// </summary>
public static class SlideDeckProducer
{
    public static IReadOnlyList<DownloadFile> Produce(GuideDocument document, string folder, DateTimeOffset timestamp)
    {
        var decks = document.Editions
            .SelectMany(edition => edition.Pages.Where(p => p.IsModule).Select(page => (Edition: edition, Page: page)))
            .ToList();
        return [.. decks.AsParallel().AsOrdered().Select(item =>
        {
            // Named by the module's slug, so that the decks sort like the book.
            var directory = Path.Combine(folder, item.Edition.Language);
            var name = $"{item.Page.Slug}.pptx";
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, name), PptxDeckWriter.Write(SlideDeckPlanner.Plan(item.Edition, item.Page), timestamp));
            return new DownloadFile(item.Edition.Language, $"slides/{item.Edition.Language}/{name}", Path.Combine(directory, name), "slides", item.Page.Id);
        })];
    }
}
