namespace GuideBuilder.Markdown;

/// <summary>The plain text of one section of a module, for the search index.</summary>
public sealed record SectionText(string? AnchorId, string? Heading, string Text);
