using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Theme;

namespace GuideBuilder.Build;

/// <summary>load -> validate -> document model: everything before a target writes a file (shared by build, check and serve).</summary>
public static class GuidePreparation
{
    /// <param name="compiledTheme">A theme compiled earlier (guide serve keeps it while no theme file changes: compiling costs about 100 ms).</param>
    /// <param name="advise">Add the advice of <c>guide check</c> (<see cref="ContentAdvisor"/>), also when there are errors.</param>
    /// <param name="cache">What earlier builds made (guide serve keeps one while it runs); null renders everything.</param>
    public static PreparedGuide? Prepare(BuildOptions options, DiagnosticBag diagnostics, IBuildProgress progress, ThemeTemplates? compiledTheme = null, bool advise = false,
        Cache.BuildCache? cache = null)
    {
        progress.Stage("Loading content");
        var content = new ContentFolder(options.ContentDirectory);
        var uiFolder = ThemeLocator.UiStringsFolder(options.UiStringsDirectory, content.Root);
        // The theme is compiled on another core while the modules are read: it needs only guide.yml.
        Task<ThemeTemplates?>? compiling = null;
        var loaded = GuideLoader.Load(content, uiFolder, diagnostics, cache,
            settings => compiling = compiledTheme is null ? Task.Run(() => LoadTheme(options, content, settings, diagnostics)) : null);
        if (advise && loaded is not null)
        {
            ContentAdvisor.Advise(loaded, diagnostics);
        }

        var theme = compiledTheme ?? (compiling is null ? LoadTheme(options, content, loaded?.Settings, diagnostics) : compiling.GetAwaiter().GetResult());
        if (loaded is null || theme is null)
        {
            return null;
        }

        var languages = SelectLanguages(options, loaded.Settings, diagnostics);
        progress.Done("Loading content", $"{Counts.Of(loaded.ModulesByLanguage.Sum(p => p.Value.Count), "file")} in {Counts.Of(loaded.Settings.Languages.Count, "language")}");

        // Go on to the Markdown even after front-matter errors, so one run reports every problem.
        progress.Stage("Rendering Markdown");
        var trainer = options.TrainerEdition ?? loaded.Settings.TrainerEdition;
        var document = GuideDocumentBuilder.Build(loaded, languages, trainer, diagnostics, cache);
        progress.Done("Rendering Markdown", Counts.Of(document.Editions.Sum(e => e.Pages.Count), "page"));
        return diagnostics.HasErrors ? null : new PreparedGuide(loaded, document, theme) { Cache = loaded.Inputs is null ? null : cache };
    }

    private static ThemeTemplates? LoadTheme(BuildOptions options, ContentFolder content, GuideSettings? settings, DiagnosticBag diagnostics) =>
        ThemeLocator.Layers(options.ThemeDirectory, content.Root, settings?.Theme, diagnostics) is { } layers ? ThemeTemplates.Load(layers, diagnostics) : null;

    private static List<string> SelectLanguages(BuildOptions options, GuideSettings settings, DiagnosticBag diagnostics)
    {
        if (options.Languages is null)
        {
            return [.. settings.Languages];
        }

        foreach (var unknown in options.Languages.Where(l => !settings.Languages.Contains(l)))
        {
            diagnostics.Error(SourceLocation.Option("--lang"), DiagnosticCodes.Usage, $"'{unknown}' is not a language of this guide",
                DidYouMean.Hint(unknown, settings.Languages));
        }

        return [.. settings.Languages.Where(options.Languages.Contains)];
    }
}
