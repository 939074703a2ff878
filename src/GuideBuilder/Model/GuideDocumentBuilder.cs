using System.Collections.Concurrent;
using GuideBuilder.Build.Cache;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// content -> document model: parses and renders each module's Markdown once per language,
/// checks every link, and works out which pages every language edition shows.
/// </summary>
public static class GuideDocumentBuilder
{
    /// <param name="cache">Pages rendered by an earlier build, taken again when every input of theirs (<see cref="RenderInputs"/>) is the same.</param>
    public static GuideDocument Build(LoadedGuide guide, IReadOnlyList<string> languages, bool trainerEdition, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var settings = guide.Settings;
        var needed = languages.Append(settings.DefaultLanguage).Distinct().ToList();
        var work = new PageWork(cache, guide.Inputs, diagnostics);
        var byLanguage = Outlines(guide, needed, work);
        var sources = byLanguage[settings.DefaultLanguage];
        ReportOrphans(byLanguage, sources, settings.DefaultLanguage, guide.UnreadableFiles, diagnostics);

        var media = new MediaResolver(guide.Folder);
        var glossary = GlossaryPlan.Create(guide, needed, diagnostics);
        var glossaryItems = new Dictionary<(string Language, string Id), GlossaryItem>();
        // Each language's links and glossary are prepared one after the other, then every module of every
        // language renders in one parallel query: not nested queries, which block thread-pool threads on each
        // other (guide serve, which builds on a pool thread, waited a second or two for the pool to grow), and
        // not one query per language, which left a core idle while each language's last module finished.
        var renders = needed
            .SelectMany(language => PlanLanguage(guide, language, byLanguage[language], sources, media, trainerEdition, diagnostics, work, glossary, glossaryItems))
            .ToList();
        // Handed out a few at a time (modules differ in length), not a static half of the list to each core.
        var rendered = Partitioner.Create(renders, loadBalance: true).AsParallel().AsOrdered().Select(render => render()).ToList()
            .ToDictionary(page => (page.ContentLanguage, page.Id));

        var editions = languages.Select(language => Assemble(guide, language, sources, rendered) with
        {
            Glossary = glossary.Edition(language, (contentLanguage, id) => glossaryItems[(contentLanguage, id)]),
        }).ToList();
        foreach (var edition in editions)
        {
            BookIndexBuilder.ReportUnknownSee(edition.Language, edition.Pages, diagnostics);
        }

        return new GuideDocument(settings, editions, trainerEdition);
    }

    /// <summary>Every module's outline, all languages in one parallel query, in each language's reading order.</summary>
    private static Dictionary<string, List<ModuleOutline>> Outlines(LoadedGuide guide, List<string> languages, PageWork work)
    {
        var outlines = languages
            .SelectMany(language => guide.ModulesByLanguage.GetValueOrDefault(language, []).Select(module => (Language: language, Module: module)))
            .AsParallel().AsOrdered().Select(pair => (pair.Language, Outline: work.Outline(pair.Module))).ToList();
        var byLanguage = outlines.ToLookup(o => o.Language, o => o.Outline);
        return languages.ToDictionary(language => language, language => byLanguage[language].ToList());
    }

    /// <summary>Prepares the links of one language's own modules and returns how to render each of them.</summary>
    private static List<Func<GuidePage>> PlanLanguage(LoadedGuide guide, string language, List<ModuleOutline> own, List<ModuleOutline> sources,
        MediaResolver media, bool trainerEdition, DiagnosticBag diagnostics, PageWork work, GlossaryPlan glossary, Dictionary<(string, string), GlossaryItem> glossaryItems)
    {
        var ownById = own.ToDictionary(m => m.Source.Id);
        var shown = sources.Select(s => (Source: s, Shown: ownById.GetValueOrDefault(s.Source.Id) ?? s)).ToList();
        var byFileName = new Dictionary<string, LinkTarget>();
        foreach (var (source, module) in shown)
        {
            var target = new LinkTarget(module.Source.Id, module.Anchors);
            byFileName.TryAdd(module.Source.FileName, target);
            byFileName.TryAdd(source.Source.FileName, target);
        }

        var ui = guide.UiStrings[language];
        var references = References(guide, language, shown, ui, diagnostics);
        var targets = new EditionLinkTargets(byFileName, guide.UnreadableFiles);
        var vocabulary = glossary.Vocabulary(language);
        var rewriter = new LinkRewriter(targets, media, language, guide.Settings.Languages, diagnostics, vocabulary, references);
        foreach (var body in guide.UnreadBodies.GetValueOrDefault(language, []))
        {
            var parsed = MarkdownParser.Parse(body, diagnostics);
            rewriter.Rewrite(parsed, parsed.Anchors);
        }

        foreach (var (id, item) in glossary.Render(language, rewriter, ui))
        {
            glossaryItems[(language, id)] = item;
        }

        var linkTable = work.Caching
            ? RenderInputs.LinkTable(byFileName.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.ModuleId, p.Value.Anchors)), guide.UnreadableFiles)
                + references.Fingerprint()
            : "";
        return [.. own.Where(m => sources.Exists(s => s.Source.Id == m.Source.Id))
            .Select(module => (Func<GuidePage>)(() => work.Page(module, ui, trainerEdition, linkTable, bag =>
            {
                var parsed = ParsedModule.Parse(module.Source, bag, bodyReported: true);
                var moduleRewriter = new LinkRewriter(targets, media, language, guide.Settings.Languages, bag, vocabulary, references);

                // A term's first use in the module links to the glossary with a toggletip; later uses are plain.
                var termsSeen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var markdown in parsed.AllMarkdown)
                {
                    moduleRewriter.Rewrite(markdown, parsed.Anchors, termsSeen, module.Source.Id);
                }

                return PageFactory.Create(parsed, ui, trainerEdition, guide.Folder);
            })))];
    }

    /// <summary>What a cross-reference can name in this edition: the targets of every module it shows, from their outlines.</summary>
    private static ReferenceTargets References(LoadedGuide guide, string language, List<(ModuleOutline Source, ModuleOutline Shown)> shown, UiStrings ui,
        DiagnosticBag diagnostics)
    {
        if (language != guide.Settings.DefaultLanguage)
        {
            ReportMissingIds(shown.Where(s => s.Shown != s.Source), diagnostics);
        }

        return ReferenceTargets.Collect([.. shown.Select(s => s.Shown)], language, ui, diagnostics);
    }

    /// <summary>
    /// A translation keeps the ids of its source's figures, tables and boxes: a module shown in the
    /// source language links to them by id, in every edition.
    /// </summary>
    private static void ReportMissingIds(IEnumerable<(ModuleOutline Source, ModuleOutline Shown)> translations, DiagnosticBag diagnostics)
    {
        foreach (var (source, translation) in translations)
        {
            var own = translation.Targets.Where(t => t.IsNumberedItem).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var item in source.Targets.Where(t => t.IsNumberedItem && !own.Contains(t.Id)))
            {
                diagnostics.Error(translation.Source.IdLocation, DiagnosticCodes.UnknownReference,
                    $"the {item.Kind.ToString().ToLowerInvariant()} '{item.Id}' of {source.Source.RelativePath} has no id here, so cross-references to it lead nowhere in this edition",
                    $"give the same {item.Kind.ToString().ToLowerInvariant()} the same id in the translation: {{#{item.Id}}}");
            }
        }
    }

    private static GuideEdition Assemble(LoadedGuide guide, string language, List<ModuleOutline> sources,
        Dictionary<(string Language, string Id), GuidePage> rendered)
    {
        var settings = guide.Settings;
        var pages = sources.Select(source =>
        {
            if (language == settings.DefaultLanguage)
            {
                return rendered[(language, source.Source.Id)];
            }

            var translation = guide.ModulesByLanguage.GetValueOrDefault(language, []).FirstOrDefault(m => m.Id == source.Source.Id);
            var state = TranslationStates.Of(source.Source, translation);
            return !state.ShowsSource() && rendered.TryGetValue((language, source.Source.Id), out var translated)
                ? translated with { State = state }
                : rendered[(settings.DefaultLanguage, source.Source.Id)] with { State = state.ShowsSource() ? state : TranslationState.Missing };
        }).ToList();

        return new GuideEdition(language, guide.UiStrings[language], settings.Title.For(language, settings.DefaultLanguage),
            settings.Subtitle.For(language, settings.DefaultLanguage), settings.Publisher.For(language, settings.DefaultLanguage),
            settings.Licence.For(language, settings.DefaultLanguage), pages)
        {
            Index = BookIndexBuilder.Build(language, guide.UiStrings[language], pages),
        };
    }

    /// <summary>A translation must keep what is not translated: module number, tab colour and exercise ids.</summary>
    private static void ReportMismatches(SourceModule translation, SourceModule? source, DiagnosticBag diagnostics)
    {
        if (source is null)
        {
            return;
        }

        void Mismatch(string what, string theirs, string ours) =>
            diagnostics.Error(translation.IdLocation, DiagnosticCodes.TranslationMismatch,
                $"{what} is {ours} here but {theirs} in {source.RelativePath}", $"a translation keeps {what} of its source; change it to {theirs}");

        if (translation.Number != source.Number)
        {
            Mismatch("the module number", source.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), translation.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // A tab that is not valid has its own error (GB007); comparing it would only repeat it.
        static bool Invalid(SourceModule module) => module.TabWritten is not null && module.TabColor is null;
        if (translation.TabColor != source.TabColor && !Invalid(source) && !Invalid(translation))
        {
            Mismatch("the tab colour", source.TabWritten ?? "none", translation.TabWritten ?? "none");
        }

        var sourceExercises = string.Join(", ", source.Exercises.Select(e => e.Id));
        var ownExercises = string.Join(", ", translation.Exercises.Select(e => e.Id));
        if (sourceExercises != ownExercises)
        {
            Mismatch("the list of exercise ids", $"[{sourceExercises}]", $"[{ownExercises}]");
        }

        ReportDurationMismatches(translation, source, diagnostics);
    }

    /// <summary>A translator rewrites a duration in their language; a different length is most likely a slip (a warning: the translation's own is shown).</summary>
    private static void ReportDurationMismatches(SourceModule translation, SourceModule source, DiagnosticBag diagnostics)
    {
        static string Written(int? minutes) => minutes is { } m ? $"{m} min" : "none";
        var pairs = translation.Exercises.Select(e => (What: $"exercise '{e.Id}'", Own: e.Minutes, Theirs: source.Exercises.FirstOrDefault(s => s.Id == e.Id)?.Minutes))
            .Prepend((What: "the module's teaching time", Own: translation.TeachingMinutes, Theirs: source.TeachingMinutes));
        foreach (var (what, own, theirs) in pairs.Where(p => p.Own != p.Theirs && p.Own is not null && p.Theirs is not null))
        {
            diagnostics.Warning(translation.IdLocation, DiagnosticCodes.DurationMismatch,
                $"{what} lasts {Written(own)} here but {Written(theirs)} in {source.RelativePath}", "a translation keeps the durations of its source; write the same length in your language");
        }
    }

    private static void ReportOrphans(Dictionary<string, List<ModuleOutline>> byLanguage, List<ModuleOutline> sources, string defaultLanguage,
        IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        var sourceIds = sources.Select(s => s.Source.Id).ToHashSet();
        foreach (var (language, modules) in byLanguage.Where(pair => pair.Key != defaultLanguage))
        {
            foreach (var module in modules)
            {
                ReportMismatches(module.Source, sources.FirstOrDefault(s => s.Source.Id == module.Source.Id)?.Source, diagnostics);
            }

            // Not rendered, so its quotes and exercises are checked here (its outline checked its body).
            foreach (var unpublished in modules.Where(m => !sourceIds.Contains(m.Source.Id)))
            {
                ParsedModule.Parse(unpublished.Source, diagnostics, bodyReported: true);
            }

            // A translation of a source file that could not be read is not an orphan: the source has its own error.
            foreach (var orphan in modules.Where(m => !sourceIds.Contains(m.Source.Id) && !unreadable.Contains(m.Source.FileName)))
            {
                diagnostics.Warning(orphan.Source.IdLocation, DiagnosticCodes.OrphanTranslation,
                    $"no {defaultLanguage} module has the id '{orphan.Source.Id}'; this translation is not published",
                    DidYouMean.Hint(orphan.Source.Id, sourceIds.Order(StringComparer.Ordinal)));
            }
        }
    }
}
