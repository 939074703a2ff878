using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build;

/// <summary>What a build did: its diagnostics and, when it succeeded, what it wrote.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<BuiltOutput> Outputs,
    IReadOnlyList<string> Languages,
    int Pages,
    TimeSpan Elapsed)
{
    /// <summary>Per translation language, how many pages are in each translation state.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<Model.TranslationState, int>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<Model.TranslationState, int>>();

    /// <summary>What the build made itself rather than take from the build cache (null with --no-cache).</summary>
    public Cache.CacheCounts? Work { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public bool IsUsageError => Diagnostics.Any(d => d.Code is DiagnosticCodes.Usage or DiagnosticCodes.UnsafeOutputFolder);
}
