using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets.Packages;

/// <summary>A handout to put in the pack: its bookmark title, the file, and where the content names it.</summary>
public sealed record HandoutFile(string Title, string FullPath, string Name, SourceLocation NamedAt);
