using GuideBuilder.Build.Cache;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Translations;

namespace GuideBuilder.Content;

/// <summary>Reads guide.yml, every module of every language, and the interface strings.</summary>
public static class GuideLoader
{
    /// <param name="cache">Modules read by an earlier build, taken again when their text and the guide's inputs are the same.</param>
    /// <param name="settingsRead">Told the settings as soon as guide.yml is read, before the modules are: work that needs only them can start.</param>
    public static LoadedGuide? Load(ContentFolder folder, string uiStringsFolder, DiagnosticBag diagnostics, BuildCache? cache = null, Action<GuideSettings>? settingsRead = null)
    {
        if (!folder.Exists)
        {
            diagnostics.Error(SourceLocation.File(folder.Root), DiagnosticCodes.MissingField, "the content folder does not exist",
                "pass --content DIR, or run the command where guide-content/ is, or create a guide with 'guide new guide DIR'");
            return null;
        }

        if (!folder.FileExists(GuideSettingsReader.FileName))
        {
            diagnostics.Error(SourceLocation.File(folder.DisplayPath(GuideSettingsReader.FileName)), DiagnosticCodes.MissingField,
                "guide.yml is missing", "every guide has a guide.yml at the root of its content folder (see docs/content-format.md)");
            return null;
        }

        var text = folder.ReadText(GuideSettingsReader.FileName, diagnostics);
        // With guide.yml unreadable (its error is reported), the modules are still checked with settings guessed from the folders.
        var settings = (text is null ? null : GuideSettingsReader.Read(text, folder.DisplayPath(GuideSettingsReader.FileName), diagnostics))
            ?? GuideSettingsReader.Partial(folder);
        // Without a usable default language there is no source to compare translations with; its error is reported.
        if (settings is null || !settings.Languages.Contains(settings.DefaultLanguage))
        {
            return null;
        }

        settingsRead?.Invoke(settings);
        var media = new MediaResolver(folder);
        var inputs = cache is null ? null : RenderInputs.For(folder, text);
        var reader = new CachedModuleReader(settings, media, cache, inputs);
        var modules = new Dictionary<string, IReadOnlyList<SourceModule>>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var unreadBodies = new Dictionary<string, IReadOnlyList<LocatedText>>();
        foreach (var language in settings.Languages)
        {
            if (!folder.DirectoryExists(language))
            {
                var at = settings.LanguageLocations.TryGetValue(language, out var item) ? item : SourceLocation.File(folder.DisplayPath(GuideSettingsReader.FileName));
                diagnostics.Error(at, DiagnosticCodes.LanguageFolderMissing,
                    $"language '{language}' is declared but the folder {language}/ does not exist",
                    $"create {folder.DisplayPath(language)}/, or remove '{language}' from 'languages'");
            }
            else if (folder.LeavesRoot(language))
            {
                folder.ReportLeaving(language, $"{language}/", SourceLocation.File(folder.DisplayPath(GuideSettingsReader.FileName)), diagnostics);
                modules[language] = [];
                continue;
            }

            var (read, bodies) = ReadLanguage(folder, reader, language, diagnostics, unreadable);
            modules[language] = read;
            unreadBodies[language] = bodies;
        }

        var uiStrings = UiStringsLoader.Load(uiStringsFolder, settings.Languages, settings.DefaultLanguage, diagnostics);
        var glossaries = GlossaryLoader.Load(folder, settings, modules, diagnostics);
        return new LoadedGuide(folder, settings, modules, uiStrings, unreadable) { UnreadBodies = unreadBodies, Glossaries = glossaries, Inputs = inputs };
    }

    private static (List<SourceModule> Modules, List<LocatedText> UnreadBodies) ReadLanguage(ContentFolder folder, CachedModuleReader reader, string language,
        DiagnosticBag diagnostics, HashSet<string> unreadable)
    {
        var files = folder.MarkdownFiles(language);
        var read = new SourceModule?[files.Count];
        var bodies = new LocatedText?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var text = folder.ReadText(files[i], diagnostics);
            read[i] = text is null ? null : reader.Read(files[i], folder.DisplayPath(files[i]), language, text, diagnostics);
            bodies[i] = text is not null && read[i] is null ? BodyOf(text, folder.DisplayPath(files[i])) : null;
        });

        unreadable.UnionWith(files.Where((_, i) => read[i] is null).Select(Path.GetFileName).OfType<string>());
        var modules = read.OfType<SourceModule>()
            .OrderBy(m => m.Kind == ModuleKind.Introduction ? 0 : 1).ThenBy(m => m.Number).ThenBy(m => m.FileName, StringComparer.Ordinal)
            .ToList();
        ReportDuplicates(modules, m => m.Id, m => m.IdLocation, DiagnosticCodes.DuplicateId, "id", diagnostics);
        ReportDuplicates(modules.Where(m => m.Kind == ModuleKind.Module), m => m.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m => m.NumberLocation, DiagnosticCodes.DuplicateModuleNumber, "module number", diagnostics);
        ReportDuplicates(modules, m => m.Slug, m => m.IdLocation, DiagnosticCodes.DuplicateId, "slug", diagnostics);

        // Keep the first of duplicates so that checking can go on and report everything else.
        return ([.. modules.DistinctBy(m => m.Id).DistinctBy(m => m.Slug)], [.. bodies.OfType<LocatedText>()]);
    }

    /// <summary>The body of a file whose front matter has errors (already reported), so its Markdown can still be checked.</summary>
    private static LocatedText? BodyOf(string text, string displayPath) =>
        FrontMatter.Split(text, displayPath, new DiagnosticBag()) is { } split
            ? new LocatedText(split.Body, new SourceLocation(displayPath, split.BodyStartLine, 1))
            : null;

    private static void ReportDuplicates(IEnumerable<SourceModule> modules, Func<SourceModule, string> key, Func<SourceModule, SourceLocation> place,
        string code, string what, DiagnosticBag diagnostics)
    {
        foreach (var group in modules.GroupBy(key).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(place(duplicate), code, $"{what} '{group.Key}' is also used by {first.FileName} (at {place(first)})",
                    $"each module of a language needs its own {what}");
            }
        }
    }
}
