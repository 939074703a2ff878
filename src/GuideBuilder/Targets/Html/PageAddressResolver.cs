using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>The relative URLs of addresses written into one page of the site or the E-box.</summary>
internal sealed class PageAddressResolver(HtmlAddresses addresses, string fromFile, string language) : IAddressResolver
{
    private Addressing Addressing => addresses.Addressing;

    public string Page(PageAddress address) =>
        Addressing.Link(fromFile, addresses.PageFile(address.Language ?? language, address.PageId), address.Fragment);

    public string Asset(AssetAddress address)
    {
        addresses.Use(address.ContentPath);
        return Addressing.Link(fromFile, Addressing.AssetFile(address.ContentPath));
    }

    public string ThemeFile(ThemeFileAddress address) => Addressing.Link(fromFile, Addressing.ThemeFile(address.Name));

    public string Download(DownloadAddress address) => Addressing.Link(fromFile, Addressing.DownloadFile(address.FileName));

    public string EditionFile(EditionFileAddress address) => Addressing.Link(fromFile, $"{language}/{address.Name}");

    public string EditionFolder(EditionFolderAddress address) => Addressing.Directory(fromFile, language + "/");

    public string PageNumber(PageNumberAddress address) => "";
}
