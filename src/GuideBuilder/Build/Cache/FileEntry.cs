namespace GuideBuilder.Build.Cache;

/// <summary>A rendered output file (an HTML page, a search index) and the media files it links to, which the output must copy.</summary>
public sealed record FileEntry(string Text, IReadOnlyList<string> Assets);
