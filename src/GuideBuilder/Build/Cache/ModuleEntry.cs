using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build.Cache;

/// <summary>A module file read: what it holds (null when its front matter has errors) and what reading it reported.</summary>
public sealed record ModuleEntry(SourceModule? Module, IReadOnlyList<Diagnostic> Diagnostics);
