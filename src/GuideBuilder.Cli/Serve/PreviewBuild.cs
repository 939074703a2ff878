using System.Diagnostics;
using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Targets.Site;

namespace GuideBuilder.Cli.Serve;

/// <summary>One in-memory build of the site for <c>guide serve</c>, and which files it changed.</summary>
public sealed record PreviewBuild(
    IReadOnlyDictionary<string, OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Changed,
    PreparedGuide? Prepared,
    TimeSpan Elapsed)
{
    /// <summary>What this build made itself rather than take from serve's cache: a save re-renders only what it changed.</summary>
    public CacheCounts Work { get; init; } = new(0, 0, 0);

    public const string LiveReloadScript = "/__guide/live.js";

    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>False only while the guide has never built since serve started.</summary>
    public bool HasPages => Files.Count > 0;

    /// <summary>Builds the site in memory; on errors the previous files are kept and served on.</summary>
    /// <param name="themeChanged">False when only content changed: the compiled theme of the previous build is used again.</param>
    /// <param name="cache">What the previous builds made: a module, page or file whose inputs are unchanged is not made again.</param>
    public static PreviewBuild Run(BuildOptions options, PreviewBuild? previous, PreviewDecks decks, bool themeChanged = true, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var theme = themeChanged ? null : previous?.Prepared?.Theme;
        cache?.BeginBuild();
        var prepared = GuidePreparation.Prepare(options, diagnostics, SilentProgress.Instance, theme, cache: cache);
        if (prepared is null)
        {
            return new PreviewBuild(previous?.Files ?? new Dictionary<string, OutputFile>(), diagnostics.Items, [], previous?.Prepared, clock.Elapsed);
        }

        var (slides, rewritten) = decks.Update(prepared.Document);
        var context = new TargetContext(prepared.Document, prepared.Theme, prepared.Loaded.Folder, slides, LiveReloadScript, prepared.Cache, prepared.Inputs);
        Dictionary<string, OutputFile> files;
        try
        {
            files = new SiteTarget().Render(context).ToDictionary(f => f.Path, StringComparer.Ordinal);
        }
        catch (Exception error) when (Theme.ThemeRenderException.Find(error) is { } failure)
        {
            // Shown like a content error (terminal and overlay) while the previous pages are served on.
            diagnostics.Add(failure.Diagnostic);
            return new PreviewBuild(previous?.Files ?? new Dictionary<string, OutputFile>(), diagnostics.Items, [], previous?.Prepared, clock.Elapsed);
        }

        var changed = files.Values
            .Where(f => previous is null || !previous.Files.TryGetValue(f.Path, out var old) || old.Text != f.Text || old.CopyFrom != f.CopyFrom
                || (f.CopyFrom is not null && rewritten.Contains(f.CopyFrom)))
            .Select(f => f.Path)
            .Order(StringComparer.Ordinal)
            .ToList();
        cache?.Sweep();
        return new PreviewBuild(files, diagnostics.Items, changed, prepared, clock.Elapsed) { Work = cache?.Counts ?? new CacheCounts(0, 0, 0) };
    }

    /// <summary>The print HTML of one language, with files addressed for the preview server.</summary>
    public string? PrintPreview(string language)
    {
        if (Prepared?.Document.Editions.FirstOrDefault(e => e.Language == language) is not { } edition)
        {
            return null;
        }

        var builder = new PrintBookBuilder(Prepared.Document, Prepared.Theme, Prepared.Loaded.Folder, asset => "/" + asset, theme => "/assets/" + theme);
        return builder.Build(edition, BookLayout.Unmeasured);
    }
}
