using GuideBuilder.Build;
using GuideBuilder.Model;
using GuideBuilder.Targets;
using GuideBuilder.Targets.Slides;

namespace GuideBuilder.Cli.Serve;

/// <summary>
/// The slide decks of <c>guide serve</c>, in a temporary folder. A deck is written again only when
/// its plan changed, so a save costs one deck, not all of them.
/// </summary>
public sealed class PreviewDecks : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("guide-serve-slides-").FullName;
    private readonly Dictionary<string, string> _writtenPlans = new(StringComparer.Ordinal);
    private readonly PptxSharedParts _sharedParts = new();

    /// <summary>Brings the folder up to date with <paramref name="document"/>.</summary>
    /// <returns>Every deck, and the files of those written again.</returns>
    public (IReadOnlyList<DownloadFile> Decks, IReadOnlySet<string> Rewritten) Update(GuideDocument document)
    {
        var planned = SlideDeckProducer.Plan(document);
        var stale = planned
            .Select(deck => (Deck: deck, Plan: Build.Cache.RenderInputs.Deck(deck.Deck, BuildClock.Timestamp)))
            .Where(item => !_writtenPlans.TryGetValue(item.Deck.DownloadName, out var written) || written != item.Plan)
            .ToList();
        foreach (var (deck, plan) in stale)
        {
            deck.Write(_folder, BuildClock.Timestamp, shared: _sharedParts);
            _writtenPlans[deck.DownloadName] = plan;
        }

        return ([.. planned.Select(deck => deck.Download(_folder))], stale.Select(item => item.Deck.FilePath(_folder)).ToHashSet(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A deck still open in a viewer on Windows: the temporary folder is the system's to clean.
        }
    }
}
