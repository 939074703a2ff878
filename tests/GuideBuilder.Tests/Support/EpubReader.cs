using System.IO.Compression;
using System.Xml.Linq;

namespace GuideBuilder.Tests.Support;

/// <summary>Reads a built EPUB as a reading system would: its entries, its package document, and any of its XHTML files as XML.</summary>
public sealed class EpubReader(string path)
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    public string Path { get; } = path;

    public IReadOnlyList<string> Entries
    {
        get
        {
            using var zip = ZipFile.OpenRead(Path);
            return [.. zip.Entries.Select(e => e.FullName)];
        }
    }

    public string Text(string entry)
    {
        using var zip = ZipFile.OpenRead(Path);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public XDocument Xml(string entry) => XDocument.Parse(Text(entry));

    public XDocument Package => Xml("OEBPS/package.opf");

    public IReadOnlyList<string> Meta(string property) =>
        [.. Package.Descendants(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value)];

    /// <summary>The EPUBs under out/epub/, by language.</summary>
    public static Dictionary<string, EpubReader> In(string output) =>
        Directory.GetFiles(System.IO.Path.Combine(output, "epub"), "*.epub").ToDictionary(
            f => System.IO.Path.GetFileNameWithoutExtension(f).Replace("-trainer", "", StringComparison.Ordinal).Split('-')[^1], f => new EpubReader(f));
}
