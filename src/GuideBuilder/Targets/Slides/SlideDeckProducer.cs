using System.Collections.Concurrent;
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
        var planned = Plan(document);
        // A module not yet translated has its source language's deck, byte for byte: written once, offered under each edition's name.
        var own = planned.Where(deck => !deck.IsBorrowed).Select(deck => (deck.Language, deck.PageId)).ToHashSet();
        bool Borrows(PlannedDeck deck) => deck.IsBorrowed && own.Contains((deck.TextLanguage, deck.PageId));
        var toWrite = planned.Where(deck => !Borrows(deck)).ToList();
        KeepOnly(folder, toWrite);
        var written = Partitioner.Create(toWrite, loadBalance: true).AsParallel().AsOrdered()
            .Select(deck => (Deck: deck, File: deck.Write(folder, timestamp, cache, shared)))
            .ToDictionary(item => (item.Deck.Language, item.Deck.PageId), item => item.File);
        return [.. planned.Select(deck => Borrows(deck) ? deck.Download(written[(deck.TextLanguage, deck.PageId)]) : written[(deck.Language, deck.PageId)])];
    }

    /// <summary>
    /// The folder may hold the last build's decks, which are kept when their bytes have not changed;
    /// anything else there (a deck of a module since removed, half a deck, a link) goes first.
    /// </summary>
    private static void KeepOnly(string folder, IEnumerable<PlannedDeck> decks)
    {
        if (Directory.Exists(folder))
        {
            var names = decks.Select(deck => deck.DownloadName).ToHashSet(StringComparer.Ordinal);
            Build.FolderTree.RemoveFiles(folder, names.Contains);
            foreach (var name in names.Where(name => Directory.Exists(Path.Combine(folder, name))))
            {
                Build.FolderTree.Delete(Path.Combine(folder, name));
            }
        }
    }

    /// <summary>The decks in book order; named by the module's slug, so that they sort like the book.</summary>
    public static IReadOnlyList<PlannedDeck> Plan(GuideDocument document) =>
        [.. document.Editions.SelectMany(edition => edition.Pages.Where(p => p.IsModule).Select(page =>
        {
            var (source, text) = TextSource(document, edition, page);
            return new PlannedDeck(edition.Language, page.Id, DownloadName(edition.Language, page.Slug, document.TrainerEdition),
                SlideDeckPlanner.Plan(source, text) with { EditionLabel = document.TrainerEdition ? source.Ui["trainer_edition"] : null }, source.Language);
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
