using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using GuideBuilder.Build;
using GuideBuilder.Cli.Output;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Theme;
using GuideBuilder.Translations;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide translations</c>: what to translate next, what changed, and recording that a translation is done.</summary>
internal static class TranslationsCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console)
    {
        var command = new Command("translations", """
            Show and update the state of the translations: module × language, up to date, outdated
            (the source changed since the translation was made), in progress (still marked TRANSLATE:,
            published in the source language until done), missing, orphan (no source).

            Examples:
              guide translations                      status table, with what changed in outdated modules
              guide translations --diff --lang fr     the source diff of every outdated French module
              guide translations --format json        the same for scripts
              guide translations --fail-on outdated,in-progress,missing    exit 1 if any, for CI
              guide translations stamp fr/03-coordination-agreements.md    record that a translation is up to date
              guide translations stamp --all fr
              guide translations new fr 05-migrants-in-crisis              start a translation from the source (and its glossary)
              guide translations export fr --format xliff --out to-agency  one XLIFF 2 file per module for a CAT tool
              guide translations import from-agency/*.xlf                  write the translations back (all or nothing)
            """);
        var status = Status(console);
        foreach (var option in status.Options)
        {
            command.Options.Add(option);
        }

        command.Action = status.Action;
        command.Subcommands.Add(status);
        command.Subcommands.Add(Stamp(console));
        command.Subcommands.Add(New(console));
        command.Subcommands.Add(XliffCommands.Export(console));
        command.Subcommands.Add(XliffCommands.Import(console));
        return command;
    }

    private static Command Status(CliConsole console)
    {
        var content = CommonOptions.Content();
        var languages = CommonOptions.Languages();
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var failOn = CommonOptions.CommaSeparated("--fail-on", null, "Exit 1 when a module has one of these states, comma-separated: outdated, in-progress, missing, orphan.", "STATES")
            .AcceptOnly("a translation state", ["outdated", "in-progress", "missing", "orphan"]);
        var diff = new Option<bool>("--diff") { Description = "Print the source diff since each outdated translation was made." };
        var command = new Command("status", """
            Print the translation status (the default).

            Examples:
              guide translations status --lang fr
              guide translations status --diff                       what changed in each outdated source
              guide translations status --format json --fail-on outdated,missing
            """) { content, languages, format, failOn, diff };
        command.SetAction(parse =>
        {
            var loaded = Load(console, parse.GetValue(content)!, out var uiFolder);
            if (loaded is null)
            {
                return GuideCli.ContentErrors;
            }

            var report = TranslationStatusCalculator.Calculate(loaded, uiFolder);
            var wanted = parse.GetValue(languages) is { Length: > 0 } langs ? langs : report.Languages.ToArray();
            if (wanted.Select(l => NotATranslation(loaded.Settings, l)).FirstOrDefault(e => e is not null) is { } unknown)
            {
                console.Error(unknown);
                return GuideCli.UsageError;
            }
            var rows = report.Modules.Where(m => wanted.Contains(m.Language)).ToList();
            var changes = rows.Where(r => r.State == TranslationState.Outdated)
                .ToDictionary(r => (r.Language, r.ModuleId), r => Changes(loaded, r, parse.GetValue(diff)));
            if (parse.GetValue(format) == "json")
            {
                console.Line(JsonSerializer.Serialize(new
                {
                    sourceLanguage = report.SourceLanguage,
                    modules = rows.Select(r => new
                    {
                        id = r.ModuleId,
                        language = r.Language,
                        state = StateName(r.State),
                        file = r.File,
                        sourceFile = r.SourceFile,
                        sourceFingerprint = r.SourceFingerprint,
                        translationOf = r.TranslationOf,
                        untranslatedMarkers = r.UntranslatedMarkers,
                        changes = changes.TryGetValue((r.Language, r.ModuleId), out var c) ? c.Changes.Select(x => x.ToString()) : null,
                    }),
                    missingUiStrings = report.MissingUiStrings.Where(p => wanted.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value),
                    glossary = report.Glossary.Where(g => wanted.Contains(g.Language)).Select(g => new
                    {
                        id = g.ConceptId,
                        language = g.Language,
                        state = StateName(g.State),
                        file = g.File,
                        sourceFingerprint = g.SourceFingerprint,
                        translationOf = g.TranslationOf,
                    }),
                }, Json));
            }
            else
            {
                PrintTable(console, report, rows, changes, wanted);
            }

            var failStates = (parse.GetValue(failOn) ?? []).ToHashSet();
            var failed = rows.Select(r => r.State).Concat(report.Glossary.Where(g => wanted.Contains(g.Language)).Select(g => g.State))
                .Any(state => failStates.Contains(StateName(state).Replace(' ', '-')));
            return failed ? GuideCli.ContentErrors : GuideCli.Success;
        });
        return command;
    }

    private static (IReadOnlyList<SourceChange> Changes, string? Diff, bool Found) Changes(LoadedGuide guide, ModuleTranslationStatus row, bool withDiff)
    {
        var source = guide.SourceModules.First(m => m.Id == row.ModuleId);
        var sourcePath = guide.Folder.FullPath(source.RelativePath);
        var reader = ModuleParsing(guide);
        var old = row.TranslationOf is null ? null : SourceHistory.Find(sourcePath, row.TranslationOf, text => reader(text) is { } m ? Fingerprint.Of(m) : null);
        if (old is null || reader(old) is not { } before)
        {
            return ([], null, false);
        }

        var current = File.ReadAllText(sourcePath);
        return (ChangeSummary.Compare(before, source), withDiff ? SourceDiff.Between(old, current, source.RelativePath) : null, true);
    }

    private static Func<string, SourceModule?> ModuleParsing(LoadedGuide guide) => text =>
    {
        var reader = new ModuleReader(guide.Settings, new MediaResolver(guide.Folder), new DiagnosticBag());
        return reader.Read("old.md", "old.md", guide.Settings.DefaultLanguage, text);
    };

    private static void PrintTable(CliConsole console, TranslationReport report, List<ModuleTranslationStatus> rows,
        Dictionary<(string, string), (IReadOnlyList<SourceChange> Changes, string? Diff, bool Found)> changes, string[] languages)
    {
        var table = new List<string[]> { new[] { "module" }.Concat(languages).ToArray() };
        foreach (var module in rows.GroupBy(r => r.ModuleId))
        {
            table.Add([module.Key, .. languages.Select(l => module.FirstOrDefault(r => r.Language == l) is { } r ? Describe(r) : "")]);
        }

        console.Table(table);
        foreach (var ((language, id), (list, diff, found)) in changes)
        {
            console.Line("");
            console.Line($"{language}/{id}: outdated — the {report.SourceLanguage} source changed since it was translated:");
            if (!found)
            {
                console.Line("  (the version it was translated from is not in git history, so the changes cannot be listed)");
            }

            foreach (var change in list)
            {
                console.Line($"  - {change}");
            }

            if (diff is not null)
            {
                console.Line(diff);
            }
        }

        foreach (var (language, keys) in report.MissingUiStrings.Where(p => languages.Contains(p.Key) && p.Value.Count > 0))
        {
            console.Line($"translations/{language}.yml: {keys.Count} interface strings not translated: {string.Join(", ", keys)}");
        }

        PrintGlossary(console, report, languages);
        console.Line($"Up to date: {rows.Count(r => r.State == TranslationState.UpToDate)}, outdated: {rows.Count(r => r.State == TranslationState.Outdated)}, in progress: {rows.Count(r => r.State == TranslationState.InProgress)}, missing: {rows.Count(r => r.State == TranslationState.Missing)}, orphan: {rows.Count(r => r.State == TranslationState.Orphan)}.");
    }

    /// <summary>One line per language: how many glossary entries are in each state, naming those to work on.</summary>
    private static void PrintGlossary(CliConsole console, TranslationReport report, string[] languages)
    {
        foreach (var group in report.Glossary.Where(g => languages.Contains(g.Language)).GroupBy(g => (g.Language, g.File)))
        {
            var parts = group.GroupBy(g => g.State).OrderBy(g => g.Key).Select(state => state.Key == TranslationState.UpToDate
                ? $"{StateName(state.Key)} {state.Count()}"
                : $"{StateName(state.Key)} {state.Count()} ({string.Join(", ", state.Select(g => g.ConceptId))})");
            console.Line($"{group.Key.File}: {Counts.Of(group.Count(), "term")}: {string.Join("; ", parts)}");
        }
    }

    private static string Describe(ModuleTranslationStatus row) =>
        row.State switch
        {
            TranslationState.InProgress when row.UntranslatedMarkers > 0 => $"in progress ({row.UntranslatedMarkers} to translate)",
            TranslationState.InProgress => "in progress (body untranslated)",
            _ => StateName(row.State),
        };

    public static string StateName(TranslationState state) => state switch
    {
        TranslationState.UpToDate => "up to date",
        TranslationState.Outdated => "outdated",
        TranslationState.InProgress => "in progress",
        TranslationState.Missing => "missing",
        TranslationState.Orphan => "orphan",
        _ => "source",
    };

    private static Command Stamp(CliConsole console)
    {
        var content = CommonOptions.Content();
        var files = new Argument<string[]>("files") { Description = "Translation files, relative to the content folder (fr/03-x.md).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<string?>("--all") { Description = "Stamp every translation of this language.", HelpName = "LANG" };
        var command = new Command("stamp", """
            Record that translations now match their current source (sets translation-of).

            Examples:
              guide translations stamp fr/03-coordination-agreements.md
              guide translations stamp --all es                 (every module and the glossary)
              guide translations stamp fr/glossary.yml          every translated entry of the glossary
            """) { content, files, all };
        command.SetAction(parse =>
        {
            var loaded = Load(console, parse.GetValue(content)!, out _);
            if (loaded is null)
            {
                return GuideCli.ContentErrors;
            }

            var targets = new List<SourceModule>();
            var glossaries = new SortedSet<string>(StringComparer.Ordinal);
            if (parse.GetValue(all) is { } language)
            {
                if (NotATranslation(loaded.Settings, language) is { } error)
                {
                    console.Error(error);
                    return GuideCli.UsageError;
                }

                targets.AddRange(loaded.ModulesByLanguage.GetValueOrDefault(language, []));
                if (loaded.Glossaries.ContainsKey(language))
                {
                    glossaries.Add(language);
                }
            }

            foreach (var file in parse.GetValue(files) ?? [])
            {
                var relative = file.Replace('\\', '/');
                if (loaded.Glossaries.Values.FirstOrDefault(g => g.RelativePath == relative || loaded.Folder.FullPath(g.RelativePath) == Path.GetFullPath(file)) is { } glossaryFile)
                {
                    if (glossaryFile.Language == loaded.Settings.DefaultLanguage)
                    {
                        console.Error($"guide: {glossaryFile.RelativePath} is the source glossary: only translations are stamped");
                        return GuideCli.UsageError;
                    }

                    glossaries.Add(glossaryFile.Language);
                    continue;
                }

                var module = loaded.ModulesByLanguage.Values.SelectMany(m => m)
                    .FirstOrDefault(m => m.RelativePath == relative || loaded.Folder.FullPath(m.RelativePath) == Path.GetFullPath(file));
                if (module is null)
                {
                    console.Error($"guide: '{file}' is not a module file of {loaded.Folder.Root}");
                    return GuideCli.UsageError;
                }

                if (module.Language == loaded.Settings.DefaultLanguage)
                {
                    console.Error($"guide: {module.RelativePath} is a source file: only translations are stamped (e.g. {Translations(loaded.Settings).FirstOrDefault() ?? "fr"}/{module.FileName})");
                    return GuideCli.UsageError;
                }

                targets.Add(module);
            }

            if (targets.Count == 0 && glossaries.Count == 0)
            {
                console.Error("guide: name the files to stamp, or use --all LANG");
                return GuideCli.UsageError;
            }

            var modules = targets.Count == 0 ? GuideCli.Success : StampEach(console, loaded, targets.Where(m => m.Language != loaded.Settings.DefaultLanguage).ToList());
            var glossary = glossaries.Select(l => StampGlossary(console, loaded, l)).DefaultIfEmpty(GuideCli.Success).Max();
            return Math.Max(modules, glossary);
        });
        return command;
    }

    /// <summary>Stamps what can be stamped, says which files it changed and which it refused, and fails when it refused one.</summary>
    private static int StampEach(CliConsole console, LoadedGuide loaded, List<SourceModule> targets)
    {
        var refused = 0;
        var unchanged = 0;
        foreach (var module in targets)
        {
            var source = loaded.SourceModules.FirstOrDefault(s => s.Id == module.Id);
            var path = loaded.Folder.FullPath(module.RelativePath);
            var text = File.ReadAllText(path);
            if (source is null)
            {
                console.Error($"{loaded.Folder.DisplayPath(module.RelativePath)}: no source module has the id '{module.Id}'; not stamped");
                refused++;
                continue;
            }

            if (TranslationMarkers.First(text) is var (line, column))
            {
                console.Error($"{loaded.Folder.DisplayPath(module.RelativePath)}:{line}:{column}: still has {Counts.Of(TranslationMarkers.Count(text), "text")} marked {TranslationStatusCalculator.Marker} (the first here); not stamped");
                console.Error("    hint: translate every marked text and remove its marker, then stamp again");
                refused++;
                continue;
            }

            if (TranslationStates.BodyIsTheSource(source, module))
            {
                console.Error($"{loaded.Folder.DisplayPath(module.RelativePath)}:{module.Body.Location.Line}:1: the body is still the text of {source.RelativePath}, word for word; not stamped");
                console.Error("    hint: translate the body, then stamp again");
                refused++;
                continue;
            }

            var stamped = TranslationStamp.Apply(text, Fingerprint.Of(source));
            if (stamped == text)
            {
                unchanged++;
                continue;
            }

            File.WriteAllText(path, stamped);
            console.Line($"{module.RelativePath}: stamped, translation-of {Fingerprint.Of(source)}");
        }

        console.Line($"Stamped {Counts.Of(targets.Count - refused - unchanged, "file")}, refused {refused}, already up to date {unchanged}.");
        return refused > 0 ? GuideCli.ContentErrors : GuideCli.Success;
    }

    /// <summary>Stamps every entry of a translation's glossary that is translated; an entry still marked or still the source's text is refused.</summary>
    private static int StampGlossary(CliConsole console, LoadedGuide loaded, string language)
    {
        var glossary = loaded.Glossaries[language];
        var source = loaded.SourceGlossary;
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new List<string>();
        foreach (var entry in glossary.Entries)
        {
            var original = source?.Find(entry.Id);
            var state = TranslationStates.Of(original, entry);
            if (original is null || state == TranslationState.InProgress)
            {
                var why = original is null ? "no source entry" : "not translated yet";
                console.Error($"{loaded.Folder.DisplayPath(glossary.RelativePath)}:{entry.Location.Line}:{entry.Location.Column}: the entry '{entry.Id}' is {why}; not stamped");
                refused.Add(entry.Id);
            }
            else if (state == TranslationState.Outdated)
            {
                fingerprints[entry.Id] = Fingerprint.Of(original);
            }
        }

        var path = loaded.Folder.FullPath(glossary.RelativePath);
        var stamped = GlossaryStamp.Apply(glossary.Text, fingerprints);
        if (stamped != glossary.Text)
        {
            File.WriteAllText(path, stamped);
        }

        console.Line($"{glossary.RelativePath}: stamped {Counts.Of(fingerprints.Count, "term")}, refused {refused.Count}, already up to date {glossary.Entries.Count - fingerprints.Count - refused.Count}.");
        return refused.Count > 0 ? GuideCli.ContentErrors : GuideCli.Success;
    }

    private static Command New(CliConsole console)
    {
        var content = CommonOptions.Content();
        var language = new Argument<string>("language") { Description = "The language to translate into (fr)." };
        var module = new Argument<string?>("module") { Description = "The module: its id or its file name (05-migrants-in-crisis), or 'glossary'. Without it: the glossary.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("new", """
            Start a translation: a copy of the source with every text to translate marked. The
            language's glossary.yml is started too when the source has a glossary and the language
            has none. An existing file is never overwritten.

            Examples:
              guide translations new fr 05-migrants-in-crisis    the module (and fr/glossary.yml if missing)
              guide translations new fr                          fr/glossary.yml alone
            """) { content, language, module };
        command.SetAction(parse =>
        {
            var loaded = Load(console, parse.GetValue(content)!, out _);
            if (loaded is null)
            {
                return GuideCli.ContentErrors;
            }

            var lang = parse.GetValue(language)!;
            if (NotATranslation(loaded.Settings, lang) is { } error)
            {
                console.Error(error);
                return GuideCli.UsageError;
            }

            var name = parse.GetValue(module)?.Replace(".md", "", StringComparison.Ordinal);
            var source = name is null ? null : loaded.SourceModules.FirstOrDefault(m => m.Id == name || Path.GetFileNameWithoutExtension(m.FileName) == name);
            if (source is null && name is not (null or Glossary.GlossaryLoader.Slug))
            {
                console.Error($"guide: no {loaded.Settings.DefaultLanguage} module is called '{name}'; {DidYouMean.Hint(name, loaded.SourceModules.Select(m => Path.GetFileNameWithoutExtension(m.FileName)).Append(Glossary.GlossaryLoader.Slug))}");
                return GuideCli.UsageError;
            }

            return source is null ? NewGlossary(console, loaded, lang, required: true) : NewModule(console, loaded, source, lang);
        });
        return command;
    }

    private static int NewModule(CliConsole console, LoadedGuide loaded, SourceModule source, string language)
    {
        var target = $"{language}/{source.FileName}";
        if (loaded.Folder.FileExists(target))
        {
            console.Error($"guide: {target} exists already; it was not overwritten");
            return GuideCli.ContentErrors;
        }

        var text = TranslationScaffold.Create(File.ReadAllText(loaded.Folder.FullPath(source.RelativePath)), Fingerprint.Of(source));
        Directory.CreateDirectory(Path.GetDirectoryName(loaded.Folder.FullPath(target))!);
        File.WriteAllText(loaded.Folder.FullPath(target), text);
        console.Line($"Created {loaded.Folder.DisplayPath(target)}: translate every text marked {TranslationStatusCalculator.Marker}, then run 'guide translations stamp {target}'.");
        return NewGlossary(console, loaded, language, required: false);
    }

    /// <summary>Starts the language's glossary.yml from the source's; when not <paramref name="required"/>, a glossary that exists or has no source is no error.</summary>
    private static int NewGlossary(CliConsole console, LoadedGuide loaded, string language, bool required)
    {
        var target = Glossary.GlossaryFile.PathFor(language);
        if (loaded.SourceGlossary is not { } source)
        {
            if (required)
            {
                console.Error($"guide: the guide has no glossary ({Glossary.GlossaryFile.PathFor(loaded.Settings.DefaultLanguage)}); name a module to translate");
            }

            return required ? GuideCli.ContentErrors : GuideCli.Success;
        }

        if (loaded.Folder.FileExists(target) || loaded.Folder.Inside(target) is null)
        {
            if (required)
            {
                console.Error($"guide: {target} exists already; it was not overwritten");
            }

            return required ? GuideCli.ContentErrors : GuideCli.Success;
        }

        var text = GlossaryScaffold.Create(source, language);
        var check = new DiagnosticBag();
        if (Glossary.GlossaryReader.Parse(text, target, target, language, check) is null || check.HasErrors)
        {
            // Only a source value YAML cannot hold in a block could get here: say so rather than write a broken file.
            console.PrintDiagnostics(check.Items);
            console.Error($"guide: {target} could not be made from {source.RelativePath}; it was not written");
            return GuideCli.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(loaded.Folder.FullPath(target))!);
        File.WriteAllText(loaded.Folder.FullPath(target), text);
        console.Line($"Created {loaded.Folder.DisplayPath(target)}: translate every term and definition marked {TranslationStatusCalculator.Marker}, then run 'guide translations stamp {target}'.");
        return GuideCli.Success;
    }

    internal static LoadedGuide? Load(CliConsole console, string contentDirectory, out string uiFolder)
    {
        var diagnostics = new DiagnosticBag();
        var folder = new ContentFolder(contentDirectory);
        uiFolder = ThemeLocator.UiStringsFolder(null, folder.Root);
        var loaded = GuideLoader.Load(folder, uiFolder, diagnostics);
        var errors = diagnostics.Items.Where(d => d.IsError).ToList();
        if (loaded is null || errors.Count > 0)
        {
            console.PrintDiagnostics(errors);
            console.Error("guide: the content has errors; fix them first (guide check).");
            return null;
        }

        return loaded;
    }

    private static List<string> Translations(GuideSettings settings) => [.. settings.Languages.Where(l => l != settings.DefaultLanguage)];

    /// <summary>Why <paramref name="language"/> cannot be used where a translation language is asked for, or null when it can.</summary>
    internal static string? NotATranslation(GuideSettings settings, string language)
    {
        var translations = Translations(settings);
        return translations.Contains(language) ? null
            : language == settings.DefaultLanguage ? $"guide: '{language}' is the source language; its translations are {string.Join(", ", translations)}"
            : $"guide: '{language}' is not a translation language of this guide; {DidYouMean.Hint(language, translations)}";
    }
}
