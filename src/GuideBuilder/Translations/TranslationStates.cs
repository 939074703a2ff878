using GuideBuilder.Content;
using GuideBuilder.Glossary;
using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>
/// The one calculation of a translation's state: <c>guide translations</c>, build, check and serve
/// all ask here, so a module the status calls in progress is never published as up to date.
/// </summary>
public static class TranslationStates
{
    public static TranslationState Of(SourceModule? source, SourceModule? translation) =>
        source is null ? TranslationState.Orphan
        : translation is null ? TranslationState.Missing
        : TranslationMarkers.Count(translation) > 0 || BodyIsTheSource(source, translation) ? TranslationState.InProgress
        : translation.TranslationOf == Fingerprint.Of(source) ? TranslationState.UpToDate
        : TranslationState.Outdated;

    /// <summary>
    /// The state of one glossary entry in a translation, worked out like a module's: its fingerprint
    /// is the entry's term, plural forms and definition, and <c>translation-of</c> sits in the entry.
    /// </summary>
    public static TranslationState Of(GlossaryEntry? source, GlossaryEntry? translation) =>
        source is null ? TranslationState.Orphan
        : translation is null ? TranslationState.Missing
        : TranslationMarkers.Count(translation.Term + "\n" + string.Join("\n", translation.Plurals) + "\n" + translation.Definition.Text) > 0
            || DefinitionIsTheSource(source, translation) ? TranslationState.InProgress
        : translation.TranslationOf == Fingerprint.Of(source) ? TranslationState.UpToDate
        : TranslationState.Outdated;

    /// <summary>A definition copied from the source and not translated; a term alone may rightly be the same word.</summary>
    public static bool DefinitionIsTheSource(GlossaryEntry source, GlossaryEntry translation)
    {
        var definition = Fingerprint.Normalize(translation.Definition.Text);
        return definition == Fingerprint.Normalize(source.Definition.Text) && definition.Split(' ').Length > WordsThatMayMatch;
    }

    /// <summary>
    /// A translation whose body is still the source's text, word for word (its markers deleted but
    /// nothing translated). A few words alone (a shared video box) may rightly be the same in both.
    /// </summary>
    public static bool BodyIsTheSource(SourceModule source, SourceModule translation) =>
        Fingerprint.SameWords(translation.Body.Text, source.Body.Text, WordsThatMayMatch);

    private const int WordsThatMayMatch = 3;
}
