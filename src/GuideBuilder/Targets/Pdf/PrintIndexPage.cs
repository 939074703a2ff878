namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// A page number (or a range, "42–44") after an entry of the printed index: a link to the first
/// place, and the other places it covers, which the layout links too (hidden) so that every pass measures them.
/// </summary>
public sealed record PrintIndexPage(string Text, string Anchor, IReadOnlyList<string> AlsoAnchors);
