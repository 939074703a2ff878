namespace GuideBuilder.Model;

/// <summary>
/// One index mark of a page, as the index needs it: the entry, its sub-entry, its cross-references,
/// the key it sorts by, the anchor it marks (null for a "see" mark) and the section it stands in.
/// </summary>
internal sealed record IndexMark(string Term, string? SubEntry, string? See, string? SeeAlso, string? SortKey, string? Anchor, string Section, Diagnostics.SourceLocation Location);
