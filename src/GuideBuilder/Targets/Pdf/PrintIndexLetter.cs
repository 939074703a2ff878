namespace GuideBuilder.Targets.Pdf;

/// <summary>The entries of the printed index under one letter.</summary>
public sealed record PrintIndexLetter(string Letter, IReadOnlyList<PrintIndexEntry> Entries);
