namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// What one exported XLIFF file holds: a module's units in the source language, and the current
/// translation where it is up to date. The glossary is exported the same way, with the fingerprint
/// of each entry, as each entry is stamped on its own.
/// </summary>
public sealed record XliffModule(
    string ModuleId,
    string SourceLanguage,
    string TargetLanguage,
    string SourceFile,
    string TargetFile,
    string SourceFingerprint,
    IReadOnlyList<XliffUnit> Units,
    IReadOnlyDictionary<string, IReadOnlyList<XliffPart>> Targets)
{
    public bool IsGlossary { get; init; }

    /// <summary>For the glossary: each entry's source fingerprint at export, by concept id.</summary>
    public IReadOnlyDictionary<string, string> EntryFingerprints { get; init; } = new Dictionary<string, string>();
}
