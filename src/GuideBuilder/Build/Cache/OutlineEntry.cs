using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build.Cache;

/// <summary>What parsing a module's Markdown tells the other modules (the anchors their links and the targets their cross-references may name), and what the parse reported.</summary>
public sealed record OutlineEntry(IReadOnlySet<string> Anchors, IReadOnlyList<Model.ReferenceTarget> Targets, IReadOnlyList<Diagnostic> Diagnostics);
