namespace GuideBuilder.Targets.Slides;

/// <summary>One module's deck in one language, planned but not yet written.</summary>
/// <param name="TextLanguage">The language its slides are in: the edition's, or the source language's for a module not yet translated.</param>
public sealed record PlannedDeck(string Language, string PageId, string DownloadName, SlideDeck Deck, string TextLanguage)
{
    /// <summary>True when the deck is another edition's deck (a module not yet translated), the same bytes under this edition's name.</summary>
    public bool IsBorrowed => TextLanguage != Language;

    /// <summary>The download the HTML targets offer, once the deck is written under <paramref name="folder"/>.</summary>
    public DownloadFile Download(string folder) => new(Language, DownloadName, FilePath(folder), "slides", PageId);

    /// <summary>This edition's download of a deck written for another edition, from that deck's file.</summary>
    public DownloadFile Download(DownloadFile written) => new(Language, DownloadName, written.SourcePath, "slides", PageId);

    public string FilePath(string folder) => Path.Combine(folder, DownloadName);

    /// <summary>
    /// Writes the .pptx under <paramref name="folder"/>, through a temporary file and a rename, so
    /// that a reader (guide serve answering a download) never sees half a deck. A deck already there
    /// with the same bytes (from the last build) is left as it is.
    /// </summary>
    /// <param name="shared">The parts the decks of the build have in common (made for this deck alone when null).</param>
    public DownloadFile Write(string folder, DateTimeOffset timestamp, Build.Cache.BuildCache? cache = null, PptxSharedParts? shared = null)
    {
        var path = FilePath(folder);
        var bytes = Bytes(timestamp, cache, shared ?? new PptxSharedParts());
        if (!Build.PreviousOutput.Holds(path, bytes))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path + ".part", bytes);
            File.Move(path + ".part", path, overwrite: true);
        }

        return Download(folder);
    }

    private byte[] Bytes(DateTimeOffset timestamp, Build.Cache.BuildCache? cache, PptxSharedParts shared)
    {
        if (cache is null)
        {
            return PptxDeckWriter.Write(Deck, timestamp, shared);
        }

        var key = Build.Cache.RenderInputs.Deck(Deck, timestamp);
        if (cache.Deck(key) is { } cached)
        {
            return cached;
        }

        var bytes = PptxDeckWriter.Write(Deck, timestamp, shared);
        cache.Deck(key, bytes);
        return bytes;
    }
}
