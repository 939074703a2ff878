namespace GuideBuilder.Model.Addresses;

/// <summary>
/// How one output (the site, the E-box, the print HTML) writes each kind of address from the
/// page being rendered. A new kind of address must be added here, so no output can miss it.
/// </summary>
public interface IAddressResolver
{
    string Page(PageAddress address);

    string Asset(AssetAddress address);

    string ThemeFile(ThemeFileAddress address);

    string Download(DownloadAddress address);

    string EditionFile(EditionFileAddress address);

    string EditionFolder(EditionFolderAddress address);

    string Glossary(GlossaryAddress address);

    /// <summary>The printed page of a place, as text; empty where there are no pages.</summary>
    string PageNumber(PageNumberAddress address);
}
