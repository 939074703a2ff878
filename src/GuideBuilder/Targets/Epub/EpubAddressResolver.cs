using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// Addresses inside one EPUB, written from a document in text/: a page is its XHTML file, a media
/// file keeps its content path (it is copied into the book only when an image shows it), a download
/// keeps its E-box path. The XHTML writer asks which addresses a URL came from, so it can turn
/// links to files the book does not hold into a text of where to find them.
/// </summary>
public sealed class EpubAddressResolver(IReadOnlyDictionary<string, string> pageFiles) : IAddressResolver
{
    public const string TextFolder = "text/";

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>The file of a page inside text/.</summary>
    public static string PageFileName(string slug) => slug + ".xhtml";

    public string Page(PageAddress address)
    {
        var file = address.PageId is { } id && pageFiles.TryGetValue(id, out var found) ? found : "../" + EpubBook.NavFile;
        return address.Fragment is null ? file : $"{file}#{EpubIds.Clean(address.Fragment)}";
    }

    public string Asset(AssetAddress address) => Remember(address.ContentPath);

    public string ThemeFile(ThemeFileAddress address) => "";

    /// <summary>The glossary document, beside the modules in text/.</summary>
    public string Glossary(GlossaryAddress address) =>
        address.ConceptId is { } id ? $"{GlossaryFileName}#{GlossaryAddress.EntryAnchor(id)}" : GlossaryFileName;

    public const string GlossaryFileName = "glossary.xhtml";

    public string Download(DownloadAddress address) => Remember(Html.Addressing.DownloadFile(address.FileName));

    public string EditionFile(EditionFileAddress address) => "";

    public string EditionFolder(EditionFolderAddress address) => "";

    /// <summary>The path, in the content or the E-box, of a file a URL written by this resolver names (null: not a file).</summary>
    public string? FileOf(string url) => _files.GetValueOrDefault(url);

    private string Remember(string path)
    {
        var url = "../" + EpubPaths.Escape(path);
        _files[url] = path;
        return url;
    }

    public string PageNumber(PageNumberAddress address) => "";
}
