using GuideBuilder.Glossary;
using GuideBuilder.Translations.Xliff;

namespace GuideBuilder.Translations;

/// <summary>
/// Makes a new translation's glossary.yml from the source's: every entry with the same id, its term,
/// plural forms and definition marked <c>TRANSLATE:</c> as a module scaffold's texts are (each block
/// of the definition, see <see cref="TranslationMarks"/>), and <c>translation-of</c> set, so each
/// entry is in progress until its markers are gone.
/// </summary>
public static class GlossaryScaffold
{
    public static string Create(GlossaryFile source, string language)
    {
        var entries = source.Entries.Select(entry => new TranslatedGlossaryEntry(
            entry.Id,
            Marked(entry.Term),
            [.. entry.Plurals.Select(Marked)],
            TranslationMarks.Insert(entry.Definition.Text),
            Fingerprint.Of(entry))).ToList();
        var header = $"# The {language} glossary, made from {source.RelativePath}: translate every text marked TRANSLATE and remove\n"
            + $"# its marker, then run 'guide translations stamp {GlossaryFile.PathFor(language)}'. Keep the concept ids.\n\n";
        return header + GlossaryRewriter.Write(null, entries);
    }

    private static string Marked(string text) => $"{TranslationStatusCalculator.Marker} {text}";
}
