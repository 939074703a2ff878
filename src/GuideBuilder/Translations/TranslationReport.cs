namespace GuideBuilder.Translations;

/// <summary>Every module in every translation language, and the interface strings each language lacks.</summary>
public sealed record TranslationReport(
    string SourceLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ModuleTranslationStatus> Modules,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MissingUiStrings)
{
    public int Count(Model.TranslationState state) => Modules.Count(m => m.State == state);

    /// <summary>Every entry of the source glossary in every translation language, and the translations' orphan entries.</summary>
    public IReadOnlyList<GlossaryTranslationStatus> Glossary { get; init; } = [];
}
