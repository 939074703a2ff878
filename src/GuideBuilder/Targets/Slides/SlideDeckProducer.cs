using GuideBuilder.Build.Cache;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Plans every module's slide deck in every language and writes them into a folder by language;
/// the HTML targets copy each deck to downloads/slides/&lt;lang&gt;/ and offer it on its module's page.
/// </summary>
public static class SlideDeckProducer
{
    /// <summary>Where a module's deck sits among the downloads of the site and the E-box; the trainer edition's decks say so in their names.</summary>
    public static string DownloadName(string language, string slug, bool trainer) => $"slides/{language}/{slug}{OutputNames.Edition(trainer)}.pptx";

    /// <param name="cache">Decks written by an earlier build: a deck whose plan is unchanged is copied, not written again.</param>
    public static IReadOnlyList<DownloadFile> Produce(GuideDocument document, string folder, DateTimeOffset timestamp, BuildCache? cache = null)
    {
        var shared = new PptxSharedParts();
        return [.. Plan(document).AsParallel().AsOrdered().Select(deck => deck.Write(folder, timestamp, cache, shared))];
    }

    /// <summary>The decks in book order; named by the module's slug, so that they sort like the book.</summary>
    public static IReadOnlyList<PlannedDeck> Plan(GuideDocument document) =>
        [.. document.Editions.SelectMany(edition => edition.Pages.Where(p => p.IsModule).Select(page =>
        {
            var (source, text) = TextSource(document, edition, page);
            return new PlannedDeck(edition.Language, page.Id, DownloadName(edition.Language, page.Slug, document.TrainerEdition),
                SlideDeckPlanner.Plan(source, text) with { EditionLabel = document.TrainerEdition ? source.Ui["trainer_edition"] : null });
        }))];

    /// <summary>
    /// A module not yet translated is shown in the source language; its deck is the source
    /// language's deck, headings included, rather than slides that mix two languages (when that
    /// edition is built: --lang may leave it out).
    /// </summary>
    private static (GuideEdition Edition, GuidePage Page) TextSource(GuideDocument document, GuideEdition edition, GuidePage page) =>
        page.ContentLanguage != edition.Language && document.FindEdition(page.ContentLanguage) is { } source
            ? (source, source.Find(page.Id) ?? page)
            : (edition, page);
}
