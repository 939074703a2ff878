using DiffPlex;
using DiffPlex.Chunkers;

namespace GuideBuilder.Translations;

/// <summary>
/// The changes between two versions of a list of texts (objectives, key messages, Voices,
/// resources), item by item: an inserted item is "added" and does not make every item after it
/// "changed". Items are aligned with a line diff (DiffPlex), one item per line.
/// </summary>
public static class ItemChanges
{
    // One item per line (Normalize has folded each item's own line breaks into spaces); no items, no lines.
    private static readonly CustomFunctionChunker OnePerLine = new(text => text.Length == 0 ? [] : text.Split('\n'));

    /// <param name="label">How one item is named to a translator: "key message", "objective".</param>
    public static IEnumerable<SourceChange> Of(string label, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var oldItems = before.Select(Fingerprint.Normalize).ToArray();
        var newItems = after.Select(Fingerprint.Normalize).ToArray();
        var diff = Differ.Instance.CreateDiffs(Lines(oldItems), Lines(newItems), ignoreWhiteSpace: false, ignoreCase: false, OnePerLine);
        foreach (var block in diff.DiffBlocks)
        {
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                yield return new SourceChange($"{label} {block.InsertStartB + i + 1}", "changed");
            }

            for (var i = paired; i < block.InsertCountB; i++)
            {
                yield return new SourceChange($"{label} {block.InsertStartB + i + 1}", "added");
            }

            for (var i = paired; i < block.DeleteCountA; i++)
            {
                yield return new SourceChange($"{label} {block.DeleteStartA + i + 1}", "removed");
            }
        }
    }

    private static string Lines(string[] items) => string.Join('\n', items);
}
