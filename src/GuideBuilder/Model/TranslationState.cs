namespace GuideBuilder.Model;

/// <summary>Where a page of a language edition comes from.</summary>
public enum TranslationState
{
    /// <summary>The page is in the default (source) language.</summary>
    Source,

    /// <summary>A translation made from the current source.</summary>
    UpToDate,

    /// <summary>A translation whose source changed since it was made.</summary>
    Outdated,

    /// <summary>No translation: the source-language module is shown with a notice.</summary>
    Missing,

    /// <summary>A translation whose source module no longer exists.</summary>
    Orphan,

    /// <summary>A translation still marked <c>TRANSLATE:</c>: the source-language module is shown with a notice, as for <see cref="Missing"/>.</summary>
    InProgress,
}
