namespace GuideBuilder.Targets.Slides;

/// <summary>One module's deck in one language, planned but not yet written.</summary>
public sealed record PlannedDeck(string Language, string PageId, string DownloadName, SlideDeck Deck)
{
    /// <summary>The download the HTML targets offer, once the deck is written under <paramref name="folder"/>.</summary>
    public DownloadFile Download(string folder) => new(Language, DownloadName, FilePath(folder), "slides", PageId);

    public string FilePath(string folder) => Path.Combine(folder, DownloadName);
}
