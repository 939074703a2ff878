using GuideBuilder.Content;
using GuideBuilder.Model;
using GuideBuilder.Theme;

namespace GuideBuilder.Targets;

/// <summary>What every target gets: the document model, the compiled theme, and where files come from.</summary>
public sealed record TargetContext(
    GuideDocument Document,
    ThemeTemplates Theme,
    ContentFolder Content,
    IReadOnlyList<DownloadFile> Downloads,
    string? LiveReloadScript = null,
    Build.Cache.BuildCache? Cache = null,
    Build.Cache.RenderInputs? Inputs = null,
    Action<OutputFile>? Stage = null);
