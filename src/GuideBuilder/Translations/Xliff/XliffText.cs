namespace GuideBuilder.Translations.Xliff;

/// <summary>Text the translator translates.</summary>
public sealed record XliffText(string Text) : XliffPart;
