namespace GuideBuilder.Targets.Pdf;

/// <summary>An entry of the printed index with its pages, its "see" and "see also", and its sub-entries.</summary>
public sealed record PrintIndexEntry(string Term, IReadOnlyList<PrintIndexPage> Pages, IReadOnlyList<string> See, IReadOnlyList<string> SeeAlso, IReadOnlyList<PrintIndexEntry> SubEntries);
