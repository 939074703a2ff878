namespace GuideBuilder.Translations.Xliff;

/// <summary>What one exported XLIFF file holds: a module's units in the source language, and the current translation where it is up to date.</summary>
public sealed record XliffModule(
    string ModuleId,
    string SourceLanguage,
    string TargetLanguage,
    string SourceFile,
    string TargetFile,
    string SourceFingerprint,
    IReadOnlyList<XliffUnit> Units,
    IReadOnlyDictionary<string, IReadOnlyList<XliffPart>> Targets);
