namespace GuideBuilder.Model;

/// <summary>The entries of the index that begin with one letter.</summary>
public sealed record IndexLetter(string Letter, IReadOnlyList<IndexEntry> Entries);
