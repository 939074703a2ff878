namespace GuideBuilder.Targets.Epub;

/// <summary>One edition as an EPUB: its package document and every file, in reading order for those in the spine.</summary>
public sealed record EpubBook(string Language, byte[] PackageDocument, IReadOnlyList<EpubItem> Items)
{
    public const string ContentFolder = "OEBPS/";

    public const string PackageFile = "package.opf";

    public const string NavFile = "nav.xhtml";

    public const string CoverFile = "cover.xhtml";

    public const string TitleFile = "title.xhtml";

    public const string StyleFile = "css/epub.css";
}
