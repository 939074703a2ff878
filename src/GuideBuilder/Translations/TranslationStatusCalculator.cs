using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>Works out, from the loaded content alone, which translations are up to date, outdated, in progress, missing or orphaned.</summary>
public static class TranslationStatusCalculator
{
    /// <summary>The marker <c>guide translations new</c> puts before every text still to translate.</summary>
    public const string Marker = "TRANSLATE:";

    public static TranslationReport Calculate(LoadedGuide guide, string uiStringsFolder)
    {
        var settings = guide.Settings;
        var sources = guide.SourceModules;
        var languages = settings.Languages.Where(l => l != settings.DefaultLanguage).ToList();
        var rows = new List<ModuleTranslationStatus>();
        foreach (var language in languages)
        {
            var translations = guide.ModulesByLanguage.GetValueOrDefault(language, []);
            foreach (var source in sources)
            {
                var translation = translations.FirstOrDefault(t => t.Id == source.Id);
                rows.Add(new ModuleTranslationStatus(source.Id, source.Number, language, TranslationStates.Of(source, translation), translation?.RelativePath,
                    source.RelativePath, Fingerprint.Of(source), translation?.TranslationOf, translation is null ? 0 : TranslationMarkers.Count(translation)));
            }

            rows.AddRange(translations.Where(t => sources.All(s => s.Id != t.Id)).Select(orphan =>
                new ModuleTranslationStatus(orphan.Id, orphan.Number, language, TranslationStates.Of(null, orphan), orphan.RelativePath, "", "", orphan.TranslationOf, 0)));
        }

        var ignored = new DiagnosticBag();
        var defaults = UiStringsLoader.Read(uiStringsFolder, settings.DefaultLanguage, ignored) ?? [];
        var missing = languages.ToDictionary(
            l => l,
            l =>
            {
                var own = UiStringsLoader.Read(uiStringsFolder, l, ignored) ?? [];
                return (IReadOnlyList<string>)[.. defaults.Keys.Where(k => !own.ContainsKey(k)).Order(StringComparer.Ordinal)];
            });
        return new TranslationReport(settings.DefaultLanguage, languages, rows, missing) { Glossary = GlossaryRows(guide, languages) };
    }

    private static List<GlossaryTranslationStatus> GlossaryRows(LoadedGuide guide, List<string> languages)
    {
        var rows = new List<GlossaryTranslationStatus>();
        var source = guide.SourceGlossary;
        foreach (var language in languages)
        {
            var own = guide.Glossaries.GetValueOrDefault(language);
            var file = Glossary.GlossaryFile.PathFor(language);
            rows.AddRange((source?.Entries ?? []).Select(entry => own?.Find(entry.Id) is var translation
                ? new GlossaryTranslationStatus(entry.Id, language, TranslationStates.Of(entry, translation), file, Fingerprint.Of(entry), translation?.TranslationOf)
                : null!));
            rows.AddRange((own?.Entries ?? []).Where(e => source?.Find(e.Id) is null)
                .Select(orphan => new GlossaryTranslationStatus(orphan.Id, language, TranslationState.Orphan, file, "", orphan.TranslationOf)));
        }

        return rows;
    }
}
