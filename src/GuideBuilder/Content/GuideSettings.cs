namespace GuideBuilder.Content;

/// <summary>Everything guide.yml says about the guide as a whole.</summary>
public sealed record GuideSettings(
    LocalizedText Title,
    LocalizedText Subtitle,
    LocalizedText Publisher,
    string Edition,
    LocalizedText Licence,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    IReadOnlyDictionary<string, string> Tabs,
    PdfSettings Pdf,
    SiteSettings Site,
    bool TrainerEdition,
    bool OutdatedNotice,
    LocatedText? Theme = null)
{
    /// <summary>The colour of a page without a tab of its own (the introduction).</summary>
    public const string NeutralTab = "#455a64";

    /// <summary>
    /// Settings guessed from the language folders because guide.yml could not be read (its error is
    /// reported): enough to check the modules, never to build. The palette is unknown, so tabs are not checked.
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>Where each language is named in <c>languages:</c>, for errors about that language.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> LanguageLocations { get; init; } = new Dictionary<string, Diagnostics.SourceLocation>();
}
