using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>
/// A media file as a content file names it (<c>media/...</c>) and the file it resolved to,
/// relative to the content root (<c>fr/media/...</c> when the language overrides it).
/// </summary>
public sealed record MediaReference(string Written, string ResolvedPath, SourceLocation Location);
