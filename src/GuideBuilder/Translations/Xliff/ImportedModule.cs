using GuideBuilder.Diagnostics;

namespace GuideBuilder.Translations.Xliff;

/// <summary>One <c>&lt;file&gt;</c> of an XLIFF file: a module, the fingerprint of the source it was exported from, its units.</summary>
public sealed record ImportedModule(
    string ModuleId,
    string Fingerprint,
    string SourceLanguage,
    string TargetLanguage,
    SourceLocation At,
    IReadOnlyList<ImportedUnit> Units);
