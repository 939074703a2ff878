using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Addresses in the print HTML, one file for the whole book: a module or section is an anchor
/// in it, media and theme files are loaded from disk (or from the preview server).
/// </summary>
internal sealed class PrintAddressResolver(Func<string, string> assetUrl, Func<string, string> themeUrl, BookLayout? layout = null) : IAddressResolver
{
    public string Page(PageAddress address) => address.PageId is null ? "#" : "#" + AnchorOf(address);

    /// <summary>The anchor of a place in the print HTML, as the layout knows its page.</summary>
    public static string AnchorOf(PageAddress address) => address switch
    {
        { PageId: null } => "",
        { Fragment: { } fragment } => PrintBookBuilder.SectionAnchor(address.PageId, fragment),
        _ => PrintBookBuilder.Anchor(address.PageId),
    };

    /// <summary>The page of the place as the last pass measured it; before any pass, a stand-in of the same width.</summary>
    public string PageNumber(PageNumberAddress address) =>
        address.Format.Replace("{page}", layout?.PageLabels.GetValueOrDefault(AnchorOf(address.Target)) ?? PrintBookBuilder.TocPlaceholder, StringComparison.Ordinal);

    public string Asset(AssetAddress address) => assetUrl(address.ContentPath);

    public string ThemeFile(ThemeFileAddress address) => themeUrl(address.Name);

    public string Download(DownloadAddress address) => throw Unavailable("a download");

    public string Glossary(GlossaryAddress address) =>
        "#" + (address.ConceptId is { } id ? PrintBookBuilder.GlossaryAnchor(id) : PrintBookBuilder.GlossarySection);

    public string EditionFile(EditionFileAddress address) => throw Unavailable("a file of the edition's folder");

    public string EditionFolder(EditionFolderAddress address) => throw Unavailable("the edition's folder");

    private static NotSupportedException Unavailable(string what) => new($"the printed book cannot link to {what}");
}
