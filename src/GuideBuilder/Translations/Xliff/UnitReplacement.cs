namespace GuideBuilder.Translations.Xliff;

/// <summary>What an import writes in place of a unit's source text: its translation as Markdown, or null to keep the source marked as still to translate.</summary>
public sealed record UnitReplacement(XliffUnit Unit, string? Text);
