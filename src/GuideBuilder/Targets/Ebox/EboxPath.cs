using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets.Ebox;

/// <summary>A file of the E-box, by its path from the E-box's root, and the place that gave it its name (a module, a media file, a theme file, guide.yml).</summary>
public sealed record EboxPath(string Path, SourceLocation Origin);
