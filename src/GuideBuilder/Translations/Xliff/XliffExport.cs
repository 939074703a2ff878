using GuideBuilder.Content;
using GuideBuilder.Model;

namespace GuideBuilder.Translations.Xliff;

/// <summary>What <c>guide translations export LANG --format xliff</c> writes for one module.</summary>
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

    /// <summary>The file name of a module's export: <c>01-why-social-protection.fr.xlf</c>.</summary>
    public static string FileName(SourceModule source, string language) => $"{Path.GetFileNameWithoutExtension(source.FileName)}.{language}.xlf";
}
