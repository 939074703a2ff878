using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>The relative URLs of addresses written into one page of the site or the E-box.</summary>
internal sealed class PageAddressResolver(HtmlAddresses addresses, string fromFile, string language) : IAddressResolver
{
    private readonly HashSet<string> _assets = new(StringComparer.Ordinal);

    private Addressing Addressing => addresses.Addressing;

    /// <summary>The media files this page links to, sorted (kept with the page in the build cache).</summary>
    public IReadOnlyList<string> UsedAssets => [.. _assets.Order(StringComparer.Ordinal)];

    public string Page(PageAddress address) =>
        Addressing.Link(fromFile, addresses.PageFile(address.Language ?? language, address.PageId), address.Fragment);

    public string Asset(AssetAddress address)
    {
        addresses.Use(address.ContentPath);
        _assets.Add(address.ContentPath);
        return Addressing.Link(fromFile, Addressing.AssetFile(address.ContentPath));
    }

    public string ThemeFile(ThemeFileAddress address) => Addressing.Link(fromFile, Addressing.ThemeFile(address.Name));

    public string Download(DownloadAddress address) => Addressing.Link(fromFile, Addressing.DownloadFile(address.FileName));

    public string EditionFile(EditionFileAddress address) => Addressing.Link(fromFile, $"{language}/{address.Name}");

    public string EditionFolder(EditionFolderAddress address) => Addressing.Directory(fromFile, language + "/");

    public string Glossary(GlossaryAddress address) =>
        Addressing.Link(fromFile, Addressing.GlossaryFile(address.Language ?? language), address.ConceptId is { } id ? GlossaryAddress.EntryAnchor(id) : null);

    public string PageNumber(PageNumberAddress address) => "";
}
