using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>Works out, from the loaded content alone, which translations are up to date, outdated, missing or orphaned.</summary>
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
                var fingerprint = Fingerprint.Of(source);
                var translation = translations.FirstOrDefault(t => t.Id == source.Id);
                var markers = translation is null ? 0 : CountMarkers(guide.Folder, translation);
                var state = translation is null || markers > 0 ? TranslationState.Missing
                    : translation.TranslationOf == fingerprint ? TranslationState.UpToDate
                    : TranslationState.Outdated;
                rows.Add(new ModuleTranslationStatus(source.Id, source.Number, language, state, translation?.RelativePath, source.RelativePath,
                    fingerprint, translation?.TranslationOf, markers));
            }

            rows.AddRange(translations.Where(t => sources.All(s => s.Id != t.Id)).Select(orphan =>
                new ModuleTranslationStatus(orphan.Id, orphan.Number, language, TranslationState.Orphan, orphan.RelativePath, "", "", orphan.TranslationOf, 0)));
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
        return new TranslationReport(settings.DefaultLanguage, languages, rows, missing);
    }

    private static int CountMarkers(ContentFolder folder, SourceModule translation)
    {
        var text = File.ReadAllText(folder.FullPath(translation.RelativePath));
        var count = 0;
        for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
