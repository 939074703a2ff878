namespace GuideBuilder.Translations.Xliff;

/// <summary>A piece of a unit's content: text, or an inline code that protects a piece of Markdown.</summary>
public abstract record XliffPart;
