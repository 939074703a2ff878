namespace GuideBuilder.Translations.Xliff;

/// <summary>A <c>&lt;ph/&gt;</c>: a piece of Markdown with nothing to translate inside (code, footnote reference, image attributes).</summary>
public sealed record XliffPlaceholder(string Id) : XliffPart;
