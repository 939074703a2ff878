using GuideBuilder.Content;
using GuideBuilder.Glossary;
using GuideBuilder.Model;

namespace GuideBuilder.Translations.Xliff;

/// <summary>What <c>guide translations export LANG --format xliff</c> writes for one module, and for the glossary.</summary>
public static class XliffExport
{
    public static XliffModule Module(LoadedGuide guide, SourceModule source, string language)
    {
        var translation = guide.ModulesByLanguage.GetValueOrDefault(language, []).FirstOrDefault(m => m.Id == source.Id);
        var units = ModuleUnits.Of(source);
        var targets = translation is not null && TranslationStates.Of(source, translation) == TranslationState.UpToDate
            ? TargetPairing.Pair(units, ModuleUnits.Of(translation))
            : new Dictionary<string, IReadOnlyList<XliffPart>>();
        return new XliffModule(source.Id, guide.Settings.DefaultLanguage, language, source.RelativePath,
            translation?.RelativePath ?? $"{language}/{source.FileName}", Fingerprint.Of(source), units, targets);
    }

    /// <summary>
    /// The source glossary's units, with the translation of every entry that is up to date as targets
    /// (paired entry by entry, like a module's sections).
    /// </summary>
    public static XliffModule Glossary(LoadedGuide guide, GlossaryFile source, string language)
    {
        var translation = guide.Glossaries.GetValueOrDefault(language);
        var targets = new Dictionary<string, IReadOnlyList<XliffPart>>(StringComparer.Ordinal);
        foreach (var entry in source.Entries)
        {
            if (translation?.Find(entry.Id) is { } translated && TranslationStates.Of(entry, translated) == TranslationState.UpToDate)
            {
                foreach (var (id, target) in TargetPairing.Pair(GlossaryUnits.Of(entry), GlossaryUnits.Of(translated)))
                {
                    targets[id] = target;
                }
            }
        }

        var fingerprints = source.Entries.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => Fingerprint.Of(g.First()), StringComparer.Ordinal);
        return new XliffModule(XliffNames.GlossaryId, guide.Settings.DefaultLanguage, language, source.RelativePath,
            translation?.RelativePath ?? GlossaryFile.PathFor(language),
            Fingerprint.Of(string.Join('\n', fingerprints.Select(f => $"{f.Key} {f.Value}"))), GlossaryUnits.Of(source), targets)
        {
            IsGlossary = true,
            EntryFingerprints = fingerprints,
        };
    }

    /// <summary>The file name of the glossary's export: <c>glossary.en-fr.xlf</c>.</summary>
    public static string GlossaryFileName(string sourceLanguage, string language) => $"{XliffNames.GlossaryId}.{sourceLanguage}-{language}.xlf";

    /// <summary>The file name of a module's export: <c>01-why-social-protection.fr.xlf</c>.</summary>
    public static string FileName(SourceModule source, string language) => $"{Path.GetFileNameWithoutExtension(source.FileName)}.{language}.xlf";
}
