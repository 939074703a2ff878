using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>The state of one module in one language, with what the translator needs to act on it.</summary>
public sealed record ModuleTranslationStatus(
    string ModuleId,
    int Number,
    string Language,
    TranslationState State,
    string? File,
    string SourceFile,
    string SourceFingerprint,
    string? TranslationOf,
    int UntranslatedMarkers);
