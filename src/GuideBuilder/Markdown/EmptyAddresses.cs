using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Markdown;

/// <summary>Writes every address as nothing: for HTML that is only read back as text.</summary>
internal sealed class EmptyAddresses : IAddressResolver
{
    public static readonly EmptyAddresses Instance = new();

    public string Page(PageAddress address) => "";

    public string Asset(AssetAddress address) => "";

    public string ThemeFile(ThemeFileAddress address) => "";

    public string Download(DownloadAddress address) => "";

    public string EditionFile(EditionFileAddress address) => "";

    public string EditionFolder(EditionFolderAddress address) => "";

    public string Glossary(GlossaryAddress address) => "";

    public string PageNumber(PageNumberAddress address) => "";
}
