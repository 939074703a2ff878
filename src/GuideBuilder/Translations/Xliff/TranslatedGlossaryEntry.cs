namespace GuideBuilder.Translations.Xliff;

/// <summary>What an import writes for one glossary entry: its term, plural forms and definition (Markdown), and the source fingerprint they translate.</summary>
public sealed record TranslatedGlossaryEntry(string Id, string Term, IReadOnlyList<string> Plurals, string Definition, string TranslationOf);
