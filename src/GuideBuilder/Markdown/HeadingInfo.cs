namespace GuideBuilder.Markdown;

/// <summary>A heading of a module body: what the table of contents and the PDF outline list.</summary>
public sealed record HeadingInfo(int Level, string Id, string Text);
