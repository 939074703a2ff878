using GuideBuilder.Diagnostics;

namespace GuideBuilder.Translations.Xliff;

/// <summary>A unit as an XLIFF file brings it back: the source it was exported with, and the target if any.</summary>
public sealed record ImportedUnit(
    string Id,
    SourceLocation At,
    IReadOnlyList<XliffPart> Source,
    IReadOnlyList<XliffCode> SourceCodes,
    IReadOnlyList<XliffPart>? Target,
    SourceLocation TargetAt,
    IReadOnlyList<CodeUse> TargetCodes);
