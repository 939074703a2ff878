using GuideBuilder.Diagnostics;
using GuideBuilder.Model;

namespace GuideBuilder.Build.Cache;

/// <summary>A module rendered from Markdown for one language, and what checking its links reported.</summary>
public sealed record PageEntry(GuidePage Page, IReadOnlyList<Diagnostic> Diagnostics);
