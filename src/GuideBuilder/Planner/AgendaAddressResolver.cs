using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Planner;

/// <summary>The stand-alone agenda is one file that links nowhere: a template that writes an address there is a mistake of the theme.</summary>
internal sealed class AgendaAddressResolver : IAddressResolver
{
    public string Page(PageAddress address) => throw Unavailable("a page");

    public string Asset(AssetAddress address) => throw Unavailable("a media file");

    public string ThemeFile(ThemeFileAddress address) => throw Unavailable("a theme file (its styles are inside it)");

    public string Download(DownloadAddress address) => throw Unavailable("a download");

    public string EditionFile(EditionFileAddress address) => throw Unavailable("a file of an edition");

    public string EditionFolder(EditionFolderAddress address) => throw Unavailable("an edition's folder");

    public string Glossary(GlossaryAddress address) => throw Unavailable("the glossary");

    public string PageNumber(PageNumberAddress address) => "";

    private static NotSupportedException Unavailable(string what) => new($"the stand-alone agenda cannot link to {what}");
}
