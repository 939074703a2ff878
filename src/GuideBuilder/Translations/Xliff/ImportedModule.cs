using GuideBuilder.Diagnostics;

namespace GuideBuilder.Translations.Xliff;

/// <summary>One <c>&lt;file&gt;</c> of an XLIFF file: a module (or the glossary), the fingerprint of the source it was exported from, its units.</summary>
public sealed record ImportedModule(
    string ModuleId,
    string Fingerprint,
    string SourceLanguage,
    string TargetLanguage,
    SourceLocation At,
    IReadOnlyList<ImportedUnit> Units)
{
    public bool IsGlossary { get; init; }

    /// <summary>For the glossary: each entry's source fingerprint at export, by concept id.</summary>
    public IReadOnlyDictionary<string, string> EntryFingerprints { get; init; } = new Dictionary<string, string>();
}
