using GuideBuilder.Content;
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
        : TranslationMarkers.Count(translation) > 0 ? TranslationState.InProgress
        : translation.TranslationOf == Fingerprint.Of(source) ? TranslationState.UpToDate
        : TranslationState.Outdated;
}
