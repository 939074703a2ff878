namespace GuideBuilder.Translations;

/// <summary>Every module in every translation language, and the interface strings each language lacks.</summary>
public sealed record TranslationReport(
    string SourceLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ModuleTranslationStatus> Modules,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MissingUiStrings)
{
    public int Count(Model.TranslationState state) => Modules.Count(m => m.State == state);
}
