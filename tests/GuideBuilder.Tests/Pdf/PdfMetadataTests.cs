using System.Xml.Linq;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Tests.Pdf;

/// <summary>Metadata with characters that XML reserves, and characters outside the Basic Multilingual Plane.</summary>
public sealed class PdfMetadataTests
{
    private const string Hostile = "Rights & duties <b>\"quoted\"</b> 'single' 𝄞 😀";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";

    [Fact]
    public void Every_xmp_field_is_escaped_and_reads_back_as_written()
    {
        var metadata = new PdfMetadata("T " + Hostile, "S " + Hostile, "A " + Hostile, "K " + Hostile, "en", DateTimeOffset.UnixEpoch, "abc");
        var xmp = XmpPacket.For(metadata, "P " + Hostile);

        var document = XDocument.Parse(Body(xmp));
        string Li(string element) => document.Descendants(Dc + element).Single().Descendants(Rdf + "li").Single().Value;
        Li("title").ShouldBe("T " + Hostile);
        Li("description").ShouldBe("S " + Hostile);
        Li("creator").ShouldBe("A " + Hostile);
        Li("language").ShouldBe("en");
        document.Descendants(Pdf + "Keywords").Single().Value.ShouldBe("K " + Hostile);
        document.Descendants(Pdf + "Producer").Single().Value.ShouldBe("P " + Hostile);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_left_out_rather_than_breaking_the_packet()
    {
        var metadata = new PdfMetadata("A\u0001B\uFFFEC\uD800D", "S", "A", "K", "en", DateTimeOffset.UnixEpoch, "abc");
        var document = XDocument.Parse(Body(XmpPacket.For(metadata, "P")));
        document.Descendants(Dc + "title").Single().Value.ShouldBe("ABCD");
    }

    [Fact]
    public void A_textbook_with_reserved_characters_in_every_field_has_well_formed_xmp_and_checks_clean()
    {
        using var guide = new TempGuide();
        var yaml = File.ReadAllText(guide.PathOf("guide.yml"))
            .Replace("en: Mini guide", "en: '" + Hostile.Replace("'", "''") + "'", StringComparison.Ordinal)
            .Replace("en: A test guide", "en: 'Sub " + Hostile.Replace("'", "''") + "'", StringComparison.Ordinal);
        guide.Write("guide.yml", yaml + "publisher:\n  en: 'Pub " + Hostile.Replace("'", "''") + "'\n");
        var result = new GuideBuilder.Build.GuideBuild(GuideBuilder.Build.SilentProgress.Instance, new ChromiumPdfProducer())
            .Run(guide.Options("pdf") with { Languages = ["en"] });
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var file = Directory.GetFiles(Path.Combine(guide.Output, "pdf"), "*-en.pdf").Single();

        var (metaCode, meta) = ExternalTool.Run("pdfinfo", "-meta", file);
        metaCode.ShouldBe(0, meta);
        var document = XDocument.Parse(Body(meta));
        document.Descendants(Dc + "title").Single().Value.ShouldBe(Hostile);
        document.Descendants(Dc + "description").Single().Value.ShouldBe("Sub " + Hostile);
        document.Descendants(Dc + "creator").Single().Value.ShouldBe("Pub " + Hostile);

        var (checkCode, check) = ExternalTool.Run("qpdf", "--check", file);
        checkCode.ShouldBe(0, check);
        check.ShouldContain("No syntax or stream encoding errors found");
        check.ShouldNotContain("WARNING");

        PdfSharpSetup.Ensure();
        using var pdf = PdfReader.Open(file, PdfDocumentOpenMode.Import);
        pdf.Info.Title.ShouldBe(Hostile);
        pdf.Info.Author.ShouldBe("Pub " + Hostile);
    }

    /// <summary>The XML inside the xpacket processing instructions.</summary>
    private static string Body(string packet)
    {
        var start = packet.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = packet.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        start.ShouldBeGreaterThanOrEqualTo(0, packet);
        return packet[start..end];
    }
}
