namespace GuideBuilder.Targets.Pdf;

/// <summary>What printing one HTML file gives: the PDF, and the text of its h1-h6 as the browser read them, in document order.</summary>
public sealed record PrintedPage(byte[] Pdf, IReadOnlyList<string> Headings);
