using GuideBuilder.Content;

namespace GuideBuilder.Model;

/// <summary>
/// A module as the other modules see it: its front matter and the anchors its links may name. Its
/// parsed Markdown is there when this build parsed it; a module taken from the build cache has none.
/// </summary>
internal sealed record ModuleOutline(SourceModule Source, IReadOnlySet<string> Anchors, ParsedModule? Parsed);
