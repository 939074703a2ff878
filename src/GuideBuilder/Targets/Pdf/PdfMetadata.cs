namespace GuideBuilder.Targets.Pdf;

/// <summary>The document information of a textbook.</summary>
public sealed record PdfMetadata(string Title, string Subject, string Author, string Keywords, string Language, DateTimeOffset Date, string ContentHash);
