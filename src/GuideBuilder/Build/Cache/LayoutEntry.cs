using System.Text.Json;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// A textbook's layout as its last build printed it: the parts that open after a blank verso, and
/// the page number of every anchor. Only where the next build starts: its print is measured and
/// printed again whenever the layout moved.
/// </summary>
public sealed record LayoutEntry(IReadOnlyList<string> BlankBefore, IReadOnlyDictionary<string, string> PageLabels)
{
    /// <summary>The stored entry, or null when it is not one (a truncated or foreign file is only a miss).</summary>
    public static LayoutEntry? Read(byte[] stored)
    {
        try
        {
            return JsonSerializer.Deserialize<LayoutEntry>(stored) is { BlankBefore: not null, PageLabels: not null } entry
                && entry.BlankBefore.All(b => b is not null) && entry.PageLabels.Values.All(v => v is not null) ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
