namespace GuideBuilder.Model;

/// <summary>An entry of the index: where it is marked, the entries it sends to ("see", "see also"), and its sub-entries.</summary>
public sealed record IndexEntry(string Term, IReadOnlyList<IndexLocator> Locators, IReadOnlyList<string> See, IReadOnlyList<string> SeeAlso, IReadOnlyList<IndexEntry> SubEntries);
