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
}
