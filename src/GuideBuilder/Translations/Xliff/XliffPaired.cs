namespace GuideBuilder.Translations.Xliff;

/// <summary>A <c>&lt;pc&gt;</c>: Markdown around translatable text (emphasis, link text, alt text).</summary>
public sealed record XliffPaired(string Id, IReadOnlyList<XliffPart> Children) : XliffPart;
