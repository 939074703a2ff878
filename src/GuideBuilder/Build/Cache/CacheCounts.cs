namespace GuideBuilder.Build.Cache;

/// <summary>
/// How many modules a build read, pages it rendered from Markdown, files it rendered through the theme, slide decks it
/// wrote and modules whose Markdown it parsed for their anchors, rather than taking them from the cache.
/// </summary>
public sealed record CacheCounts(int ModulesRead, int PagesRendered, int FilesRendered, int DecksWritten = 0, int OutlinesParsed = 0);
