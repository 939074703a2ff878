using GuideBuilder.Content;

namespace GuideBuilder.Model;

/// <summary>
/// A module as the other modules see it: its front matter, the anchors their links may name, and
/// what their cross-references may name (its numbered figures, tables and boxes among them).
/// </summary>
internal sealed record ModuleOutline(SourceModule Source, IReadOnlySet<string> Anchors, IReadOnlyList<ReferenceTarget> Targets);
