using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using GuideBuilder.Build;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// The package document (OPF): metadata with the accessibility claims of EPUB Accessibility 1.1,
/// the manifest and the spine. The identifier is derived from the guide, the language and the
/// edition, and the modification date is the build clock's, so the same guide gives the same bytes.
/// </summary>
public static class EpubPackageDocument
{
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public const string ConformsTo = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /// <param name="printed">The textbook the page list follows; none when the book has no page list.</param>
    public static byte[] Write(GuideDocument document, GuideEdition edition, IReadOnlyList<EpubItem> items, PrintedPages.PrintedPageMap? printed = null)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("package", OpfNamespace);
            xml.WriteAttributeString("version", "3.0");
            xml.WriteAttributeString("unique-identifier", "book-id");
            xml.WriteAttributeString("xml", "lang", null, edition.Language);
            Metadata(xml, document, edition, items, printed);
            Manifest(xml, items);
            Spine(xml, items);
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>A name-based UUID of the edition: stable across builds, different for every language and for the trainer edition.</summary>
    public static string Identifier(GuideDocument document, GuideEdition edition)
    {
        var key = string.Join('\n', document.Settings.Title.For(document.Settings.DefaultLanguage, document.Settings.DefaultLanguage),
            edition.Language, document.Settings.Edition, document.TrainerEdition ? "trainer" : "reader");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16];
        hash[6] = (byte)((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        var hex = Convert.ToHexStringLower(hash);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static void Metadata(XmlWriter xml, GuideDocument document, GuideEdition edition, IReadOnlyList<EpubItem> items, PrintedPages.PrintedPageMap? printed)
    {
        xml.WriteStartElement("metadata", OpfNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Dc(xml, "identifier", Identifier(document, edition), "book-id");
        Dc(xml, "title", edition.Title);
        Dc(xml, "language", edition.Language);
        if (edition.Publisher.Length > 0)
        {
            Dc(xml, "publisher", edition.Publisher);
        }

        if (edition.Licence.Length > 0)
        {
            Dc(xml, "rights", edition.Licence);
        }

        if (edition.Subtitle.Length > 0)
        {
            Dc(xml, "description", edition.Subtitle);
        }

        if (printed is not null)
        {
            PageSource(xml, edition, printed);
        }

        Meta(xml, "dcterms:modified", BuildClock.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var images = items.Any(i => i.MediaType.StartsWith("image/", StringComparison.Ordinal));
        Meta(xml, "schema:accessMode", "textual");
        if (images)
        {
            Meta(xml, "schema:accessMode", "visual");
        }

        Meta(xml, "schema:accessModeSufficient", "textual");
        string[] features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability", .. images ? ["alternativeText"] : Array.Empty<string>(), .. printed is not null ? ["pageNavigation"] : Array.Empty<string>()];
        foreach (var feature in features)
        {
            Meta(xml, "schema:accessibilityFeature", feature);
        }

        Meta(xml, "schema:accessibilityHazard", "none");
        Meta(xml, "schema:accessibilitySummary", Summary(images, printed is not null));
        Meta(xml, "dcterms:conformsTo", ConformsTo);
        Meta(xml, "a11y:certifiedBy", edition.Publisher.Length > 0 ? edition.Publisher : edition.Title);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The page list's source: the printed textbook, named by its title and file. EPUB 3.3 names it
    /// with dc:source refined as the source of the pagination. The newer pageBreakSource property
    /// (Page Source Identification) is not written: epubcheck 4.2 (Debian's, which the tests run)
    /// rejects it as an undefined property.
    /// </summary>
    private static void PageSource(XmlWriter xml, GuideEdition edition, PrintedPages.PrintedPageMap printed)
    {
        Dc(xml, "source", $"{edition.Title} ({printed.Source})", "print-source");
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("refines", "#print-source");
        xml.WriteAttributeString("property", "source-of");
        xml.WriteString("pagination");
        xml.WriteEndElement();
    }

    private static string Summary(bool images, bool pages) =>
        "This publication meets WCAG 2.1 Level AA: it is reflowable, has a table of contents, landmarks and headings in reading order, "
        + "text colours with at least 4.5:1 contrast, and footnotes that link back to their reference. "
        + (images ? "Every image has a text alternative; videos are described by their caption and where to watch them. " : "")
        + (pages ? "A page list and page-break markers give the page numbers of the printed textbook from its introduction on. " : "")
        + "It has no hazards.";

    private static void Manifest(XmlWriter xml, IReadOnlyList<EpubItem> items)
    {
        xml.WriteStartElement("manifest", OpfNamespace);
        foreach (var item in items)
        {
            xml.WriteStartElement("item", OpfNamespace);
            xml.WriteAttributeString("id", item.Id);
            xml.WriteAttributeString("href", EpubPaths.Escape(item.Path));
            xml.WriteAttributeString("media-type", item.MediaType);
            if (item.Properties is not null)
            {
                xml.WriteAttributeString("properties", item.Properties);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Spine(XmlWriter xml, IReadOnlyList<EpubItem> items)
    {
        xml.WriteStartElement("spine", OpfNamespace);
        foreach (var item in items.Where(i => i.InSpine))
        {
            xml.WriteStartElement("itemref", OpfNamespace);
            xml.WriteAttributeString("idref", item.Id);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Dc(XmlWriter xml, string name, string value, string? id = null)
    {
        xml.WriteStartElement("dc", name, DcNamespace);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteString(XhtmlDocument.Clean(value));
        xml.WriteEndElement();
    }

    private static void Meta(XmlWriter xml, string property, string value)
    {
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("property", property);
        xml.WriteString(XhtmlDocument.Clean(value));
        xml.WriteEndElement();
    }
}
