using GuideBuilder.Targets.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Tests.Pdf;

/// <summary>Drawing tabs on a page keeps the page's own content stream as it was compressed, bracketed by q and Q.</summary>
public sealed class CompressedContentTests
{
    [Fact]
    public void A_page_drawn_on_keeps_its_stored_content_stream_between_q_and_q()
    {
        var typesetBytes = Typeset();
        using var document = PdfReader.Open(new MemoryStream(typesetBytes), PdfDocumentOpenMode.Modify);
        var page = document.Pages[0];
        var stored = CompressedContent.Of(page);
        stored.Count.ShouldBe(1);
        var original = stored[0].Bytes.ToArray();
        using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
        {
            graphics.DrawRectangle(XBrushes.Red, new XRect(10, 10, 20, 20));
        }

        CompressedContent.Restore(page, stored);
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);

        using var reopened = PdfReader.Open(new MemoryStream(saved.ToArray()), PdfDocumentOpenMode.Import);
        var streams = ((PdfArray)reopened.Pages[0].Elements["/Contents"]!).Elements.Select(item => (PdfDictionary)((PdfReference)item).Value).ToList();
        streams.Count.ShouldBe(3);
        streams[1].Elements.GetName("/Filter").ShouldBe("/FlateDecode");
        streams[1].Stream!.Value.ShouldBe(original);
        Text(streams[0]).ShouldBe("q\n");
        Text(streams[2]).ShouldStartWith("Q\n");
        Text(streams[2]).ShouldContain(" re");
    }

    [Fact]
    public void A_page_without_content_gets_no_bracket()
    {
        var page = new PdfDocument().AddPage();
        var stored = CompressedContent.Of(page);
        stored.ShouldBeEmpty();
        CompressedContent.Restore(page, stored);
        page.Contents.Elements.Count.ShouldBe(0);
    }

    /// <summary>A one-page PDF whose content stream is stored compressed, as Chromium writes it.</summary>
    private static byte[] Typeset()
    {
        PdfSharpSetup.Ensure();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawRectangle(XBrushes.Blue, new XRect(50, 50, 200, 100));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Text(PdfDictionary stream) => System.Text.Encoding.Latin1.GetString(stream.Stream!.UnfilteredValue);
}
