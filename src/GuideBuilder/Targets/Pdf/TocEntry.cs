namespace GuideBuilder.Targets.Pdf;

/// <summary>One line of the printed table of contents, with its page number as text.</summary>
public sealed record TocEntry(string Anchor, int Number, string Title, string TabColor, bool IsModule, string PageNumber, string? Lang, IReadOnlyList<TocEntry> Sections);
