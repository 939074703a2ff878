using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>The state of one glossary entry in one translation language.</summary>
public sealed record GlossaryTranslationStatus(string ConceptId, string Language, TranslationState State, string File, string SourceFingerprint, string? TranslationOf);
