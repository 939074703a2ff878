namespace GuideBuilder.Build.Cache;

/// <summary>
/// A textbook's layout as its last build printed it: the parts that open after a blank verso, and
/// the page number of every anchor. Only where the next build starts: its print is measured and
/// printed again whenever the layout moved.
/// </summary>
public sealed record LayoutEntry(IReadOnlyList<string> BlankBefore, IReadOnlyDictionary<string, string> PageLabels);
