using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// The XMP metadata packet of a textbook, written with an XML writer so that every field is
/// escaped. PDFsharp 6.2.4 builds its own packet by pasting the document information into a
/// string unescaped (a title with '&amp;' gives malformed XMP), and always on save, so the
/// finisher replaces that packet with this one in the saved file.
/// </summary>
public static partial class XmpPacket
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string XmpMm = "http://ns.adobe.com/xap/1.0/mm/";

    public static string For(PdfMetadata metadata, string producer)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", ConformanceLevel = ConformanceLevel.Fragment };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", Rdf);
            xml.WriteStartElement("rdf", "Description", Rdf);
            xml.WriteAttributeString("rdf", "about", Rdf, "");
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "pdf", null, Pdf);
            xml.WriteAttributeString("xmlns", "xmp", null, Xmp);
            xml.WriteAttributeString("xmlns", "xmpMM", null, XmpMm);
            Container(xml, "title", "Alt", metadata.Title);
            Container(xml, "description", "Alt", metadata.Subject);
            Container(xml, "creator", "Seq", metadata.Author);
            Container(xml, "language", "Bag", metadata.Language);
            xml.WriteElementString("pdf", "Keywords", Pdf, XmlSafe(metadata.Keywords));
            xml.WriteElementString("pdf", "Producer", Pdf, XmlSafe(producer));
            xml.WriteElementString("xmp", "CreatorTool", Xmp, "GuideBuilder");
            var date = metadata.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.WriteElementString("xmp", "CreateDate", Xmp, date);
            xml.WriteElementString("xmp", "ModifyDate", Xmp, date);
            xml.WriteElementString("xmpMM", "DocumentID", XmpMm, Uuid(metadata, "document"));
            xml.WriteElementString("xmpMM", "InstanceID", XmpMm, Uuid(metadata, "instance"));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + text + "\n<?xpacket end=\"w\"?>";
    }

    /// <summary>A language alternative, sequence or bag with one item.</summary>
    private static void Container(XmlWriter xml, string name, string kind, string value)
    {
        xml.WriteStartElement("dc", name, Dc);
        xml.WriteStartElement("rdf", kind, Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        if (kind == "Alt")
        {
            xml.WriteAttributeString("xml", "lang", null, "x-default");
        }

        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// Puts <paramref name="packet"/> in place of the metadata stream of a PDF that PDFsharp has
    /// just saved. PDFsharp adds that stream last (after renumbering), so it is the last object
    /// before the cross-reference table: only the table's own offset moves, and nothing else.
    /// </summary>
    public static byte[] ReplaceIn(byte[] pdf, string packet)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tail = StartXref().Match(text);
        var metadata = MetadataObject().Matches(text).LastOrDefault();
        if (!tail.Success || metadata is null)
        {
            throw new InvalidOperationException("the saved PDF has no metadata stream where PDFsharp 6.2.4 writes it");
        }

        var xref = int.Parse(tail.Groups[1].Value, CultureInfo.InvariantCulture);
        var streamEnd = metadata.Index + metadata.Length + int.Parse(metadata.Groups[2].Value, CultureInfo.InvariantCulture);
        if (text.AsSpan(streamEnd, xref - streamEnd).Trim().ToString() != "endstream\nendobj")
        {
            throw new InvalidOperationException("the metadata stream is not the last object of the saved PDF");
        }

        var body = Encoding.UTF8.GetBytes(packet);
        var head = Encoding.Latin1.GetBytes($"{metadata.Groups[1].Value} 0 obj\n<</Type/Metadata/Subtype/XML/Length {body.Length}>>\nstream\n");
        var end = "\nendstream\nendobj\n"u8.ToArray();
        var newXref = metadata.Index + head.Length + body.Length + end.Length;
        var rest = text[xref..tail.Index] + $"startxref\n{newXref}\n%%EOF\n";
        return [.. pdf.AsSpan(0, metadata.Index), .. head, .. body, .. end, .. Encoding.Latin1.GetBytes(rest)];
    }

    [GeneratedRegex(@"startxref\s+([0-9]+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"([0-9]+) 0 obj\s*<</Type/Metadata/Subtype/XML/Length ([0-9]+)>>\s*stream\r?\n")]
    private static partial Regex MetadataObject();

    /// <summary>Leaves out what XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE), keeping every paired surrogate.</summary>
    public static string XmlSafe(string value)
    {
        var safe = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                safe.Append(value, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                safe.Append(value[i]);
            }
        }

        return safe.ToString();
    }

    private static string Uuid(PdfMetadata metadata, string seed)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Language}/{metadata.ContentHash}/xmp-{seed}")));
        return $"uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
    }
}
