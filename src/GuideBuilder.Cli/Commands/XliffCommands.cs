using System.CommandLine;
using GuideBuilder.Build;
using GuideBuilder.Cli.Output;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Translations;
using GuideBuilder.Translations.Xliff;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide translations export</c> and <c>import</c>: a round trip through XLIFF 2 for translators who work in a CAT tool.</summary>
internal static class XliffCommands
{
    public static Command Export(CliConsole console)
    {
        var content = CommonOptions.Content();
        var language = new Argument<string>("language") { Description = "The language to translate into (fr)." };
        var modules = new Argument<string[]>("modules") { Description = "Modules to export: ids or file names (05-migrants-in-crisis), and 'glossary' for the glossary. Default: all modules and the glossary.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "The exchange format: xliff (XLIFF 2.0 of the modules, the default) or tbx (the glossary as a TBX termbase).", DefaultValueFactory = _ => "xliff" };
        format.AcceptOnlyFromAmong("xliff", "tbx");
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the files into (created if needed).", HelpName = "DIR", Required = true };
        var command = new Command("export", """
            Write one XLIFF 2.0 file per module for a translation agency: one unit per heading, paragraph,
            list item, table cell, caption, alt text, box title and front-matter text; links, formatting,
            code and footnotes as inline codes that a CAT tool protects; the current translation as the
            target where it is up to date. The glossary goes in glossary.en-fr.xlf: one unit per term,
            plural form and block of a definition. Send the .xlf files; import what comes back with 'import'.

            Examples:
              guide translations export fr --format xliff --out to-agency     every module and the glossary
              guide translations export es 03-coordination-agreements --out to-agency
              guide translations export fr glossary --out to-agency           the glossary alone
              guide translations export fr --format tbx --out to-agency    the glossary, for the CAT tool's termbase
            """) { content, language, modules, format, output };
        command.SetAction(parse =>
        {
            var loaded = TranslationsCommand.Load(console, parse.GetValue(content)!, out _);
            if (loaded is null)
            {
                return GuideCli.ContentErrors;
            }

            var lang = parse.GetValue(language)!;
            if (TranslationsCommand.NotATranslation(loaded.Settings, lang) is { } error)
            {
                console.Error(error);
                return GuideCli.UsageError;
            }

            if (parse.GetValue(format) == "tbx")
            {
                return ExportTermbase(console, loaded, lang, Path.GetFullPath(parse.GetValue(output)!));
            }

            var names = parse.GetValue(modules) ?? [];
            var chosen = new List<SourceModule>();
            var glossary = names.Length == 0 && loaded.SourceGlossary is not null;
            foreach (var name in names.Select(m => m.Replace(".md", "", StringComparison.Ordinal)))
            {
                var module = loaded.SourceModules.FirstOrDefault(m => m.Id == name || Path.GetFileNameWithoutExtension(m.FileName) == name);
                if (module is null && name == XliffNames.GlossaryId && loaded.SourceGlossary is not null)
                {
                    glossary = true;
                    continue;
                }

                if (module is null && name == XliffNames.GlossaryId)
                {
                    console.Error($"guide: the guide has no glossary ({loaded.Settings.DefaultLanguage}/{Glossary.GlossaryFile.FileName}) to export");
                    return GuideCli.ContentErrors;
                }

                if (module is null)
                {
                    var known = loaded.SourceModules.Select(m => Path.GetFileNameWithoutExtension(m.FileName)).Concat(loaded.SourceGlossary is null ? [] : [XliffNames.GlossaryId]);
                    console.Error($"guide: no {loaded.Settings.DefaultLanguage} module is called '{name}'; {DidYouMean.Hint(name, known)}");
                    return GuideCli.UsageError;
                }

                chosen.Add(module);
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var source in names.Length > 0 ? chosen.Distinct() : loaded.SourceModules)
                {
                    WriteExport(console, XliffExport.Module(loaded, source, lang), Path.Combine(folder, XliffExport.FileName(source, lang)));
                }

                if (glossary)
                {
                    WriteExport(console, XliffExport.Glossary(loaded, loaded.SourceGlossary!, lang), Path.Combine(folder, XliffExport.GlossaryFileName(loaded.Settings.DefaultLanguage, lang)));
                }
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                console.Error($"guide: cannot write into {ContentFolder.Display(folder)}: {failure.Message}");
                return GuideCli.ContentErrors;
            }

            return GuideCli.Success;
        });
        return command;
    }

    private static void WriteExport(CliConsole console, XliffModule module, string path)
    {
        File.WriteAllBytes(path, XliffWriter.Write(module));
        console.Line($"{ContentFolder.Display(path)}: {Counts.Of(module.Units.Count, "unit")}, {module.Targets.Count} with the current translation");
    }

    /// <summary>The glossary of the source language and of <paramref name="language"/> as one TBX file: <c>glossary.en-fr.tbx</c>.</summary>
    private static int ExportTermbase(CliConsole console, LoadedGuide loaded, string language, string folder)
    {
        if (loaded.SourceGlossary is not { } source)
        {
            console.Error($"guide: the guide has no glossary ({loaded.Settings.DefaultLanguage}/{Glossary.GlossaryFile.FileName}), so there is no termbase to export");
            return GuideCli.ContentErrors;
        }

        var title = loaded.Settings.Title.For(loaded.Settings.DefaultLanguage, loaded.Settings.DefaultLanguage);
        var path = Path.Combine(folder, $"glossary.{loaded.Settings.DefaultLanguage}-{language}.tbx");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, TbxWriter.Write(title, source, loaded.Glossaries.GetValueOrDefault(language)));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.Error($"guide: cannot write into {ContentFolder.Display(folder)}: {failure.Message}");
            return GuideCli.ContentErrors;
        }

        console.Line($"{ContentFolder.Display(path)}: {Counts.Of(source.Entries.Count, "concept")}");
        return GuideCli.Success;
    }

    public static Command Import(CliConsole console)
    {
        var content = CommonOptions.Content();
        var files = new Argument<string[]>("files") { Description = "The translated XLIFF files.", Arity = ArgumentArity.OneOrMore };
        var partial = new Option<bool>("--partial") { Description = "Accept units without a translation: they keep the source text, marked TRANSLATE:, and the module stays in progress." };
        var command = new Command("import", """
            Write the translations of XLIFF 2 files into the language folders (<lang>/<module>.md, and
            <lang>/glossary.yml for the glossary, edited in place so its comments stay), with
            the source's ids, numbers, tabs, paths and URLs, and translation-of set to the source the
            export was made from. All or nothing: a file that is not XLIFF 2, an inline code dropped,
            added or moved where Markdown cannot have it, a unit that no longer exists or an empty
            target (without --partial) is an error, and then no file is changed. Units whose source
            changed since the export are imported for review: the module stays outdated.

            Examples:
              guide translations import from-agency/*.xlf
              guide translations import --partial from-agency/05-migrants-in-crisis.fr.xlf
            """) { content, files, partial };
        command.SetAction(parse =>
        {
            var loaded = TranslationsCommand.Load(console, parse.GetValue(content)!, out _);
            if (loaded is null)
            {
                return GuideCli.ContentErrors;
            }

            var diagnostics = new DiagnosticBag();
            var modules = new List<ImportedModule>();
            foreach (var file in parse.GetValue(files) ?? [])
            {
                modules.AddRange(Read(file, diagnostics));
            }

            var plans = new XliffImport(loaded, diagnostics, parse.GetValue(partial)).Plan(modules);
            console.PrintDiagnostics(diagnostics.Items);
            if (diagnostics.HasErrors)
            {
                console.Error("guide: nothing was imported; correct the files and import them all again.");
                return GuideCli.ContentErrors;
            }

            foreach (var plan in plans)
            {
                var path = loaded.Folder.FullPath(plan.RelativePath);
                try
                {
                    WriteFile(path, plan.Text);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    console.Error($"{loaded.Folder.DisplayPath(plan.RelativePath)}: cannot be written: {error.Message}");
                    return GuideCli.ContentErrors;
                }

                var state = plan.Untranslated > 0 ? "in progress" : plan.ForReview > 0 ? "outdated, to review" : "up to date";
                console.Line($"{plan.RelativePath}: {(plan.Created ? "created" : "updated")}, {Counts.Of(plan.Translated + plan.ForReview, "text")} translated"
                    + (plan.ForReview > 0 ? $" ({plan.ForReview} to review)" : "") + (plan.Untranslated > 0 ? $", {plan.Untranslated} left to translate" : "") + $"; {state}");
            }

            return GuideCli.Success;
        });
        return command;
    }

    private static IReadOnlyList<ImportedModule> Read(string file, DiagnosticBag diagnostics)
    {
        var display = ContentFolder.Display(Path.GetFullPath(file));
        try
        {
            using var stream = File.OpenRead(file);
            return new XliffReader(display, diagnostics).Read(stream) ?? [];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(display), DiagnosticCodes.UnreadableFile, $"the file cannot be read: {error.Message.TrimEnd('.')}", "name an XLIFF file that exists");
            return [];
        }
    }

    /// <summary>Writes beside the file and moves it in, so that a failed write leaves the previous translation whole.</summary>
    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".importing";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
