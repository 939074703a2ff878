namespace GuideBuilder.Build.Cache;

/// <summary>How many modules a build read, pages it rendered from Markdown and files it rendered through the theme, rather than taking from the cache.</summary>
public sealed record CacheCounts(int ModulesRead, int PagesRendered, int FilesRendered);
