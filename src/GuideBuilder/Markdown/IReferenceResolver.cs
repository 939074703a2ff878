using GuideBuilder.Diagnostics;

namespace GuideBuilder.Markdown;

/// <summary>Finds what a cross-reference <c>[](ref:id)</c> names in the language edition being rendered.</summary>
public interface IReferenceResolver
{
    /// <summary>The reference, or null with the error (unknown or ambiguous id) reported at <paramref name="at"/>.</summary>
    CrossReference? Resolve(string id, string? fromPage, SourceLocation at, DiagnosticBag diagnostics);
}
