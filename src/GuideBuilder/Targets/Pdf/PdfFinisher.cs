using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// PDFsharp's part of the textbook: draws folios and thumb tabs on the pages Chromium typeset,
/// marked as artifacts so the tag tree stays clean, and sets the document's metadata.
/// </summary>
public static class PdfFinisher
{
    private const double Millimetre = 72 / 25.4;
    private const double TabWidth = 9 * Millimetre;
    private const double TabMargin = 24 * Millimetre;
    private const double FolioFromBottom = 11 * Millimetre;
    private const double FolioFromEdge = 20 * Millimetre;

    public static byte[] Finish(byte[] pdf, IReadOnlyList<BookPage> plan, int tabSlots, PdfMetadata metadata)
    {
        PdfSharpSetup.Ensure();
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var folioFont = new XFont(SystemFontResolver.Family, 8.5, XFontStyleEx.Regular);
        var tabFont = new XFont(SystemFontResolver.Family, 11, XFontStyleEx.Bold);
        for (var i = 0; i < document.PageCount && i < plan.Count; i++)
        {
            var page = document.Pages[i];
            var before = page.Contents.Elements.Count;
            var recto = (i + 1) % 2 == 1;
            using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
            {
                DrawTab(graphics, plan[i], recto, tabSlots, tabFont);
                DrawFolio(graphics, plan[i], recto, folioFont);
            }

            MarkAsArtifact(page, before);
        }

        SetMetadata(document, metadata);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawTab(XGraphics graphics, BookPage page, bool recto, int slots, XFont font)
    {
        if (page.TabSlot is not { } slot || page.TabColor is null)
        {
            return;
        }

        var height = graphics.PageSize.Height;
        var width = graphics.PageSize.Width;
        var slotHeight = (height - (2 * TabMargin)) / Math.Max(slots, 1);
        var top = TabMargin + (slot * slotHeight) + (1 * Millimetre);
        var tabHeight = slotHeight - (2 * Millimetre);
        var x = recto ? width - TabWidth : 0;
        var rectangle = new XRect(x, top, TabWidth, tabHeight);
        graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(ParseColor(page.TabColor))), rectangle);
        if (page.TabLabel is { } label)
        {
            var textBox = new XRect(recto ? x : x, top, TabWidth, tabHeight);
            graphics.DrawString(label, font, XBrushes.White, textBox, XStringFormats.Center);
        }
    }

    private static void DrawFolio(XGraphics graphics, BookPage page, bool recto, XFont font)
    {
        if (page.NumberLabel is not { } label)
        {
            return;
        }

        var width = graphics.PageSize.Width;
        var y = graphics.PageSize.Height - FolioFromBottom - 10;
        var box = recto ? new XRect(width - FolioFromEdge - 60, y, 60, 10) : new XRect(FolioFromEdge, y, 60, 10);
        graphics.DrawString(label, font, new XSolidBrush(XColor.FromArgb(0x1c, 0x22, 0x27)), box, recto ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
    }

    /// <summary>Wraps what PDFsharp appended in /Artifact BMC ... EMC so screen readers skip tabs and folios.</summary>
    private static void MarkAsArtifact(PdfPage page, int countBefore)
    {
        var contents = page.Contents.Elements;
        for (var i = countBefore; i < contents.Count; i++)
        {
            if ((contents[i] as PdfReference)?.Value is PdfDictionary { Stream: { } stream })
            {
                var body = stream.UnfilteredValue;
                stream.Value = [.. "/Artifact BMC\n"u8.ToArray(), .. body, .. "\nEMC\n"u8.ToArray()];
            }
        }
    }

    private static void SetMetadata(PdfDocument document, PdfMetadata metadata)
    {
        document.Info.Title = metadata.Title;
        document.Info.Subject = metadata.Subject;
        document.Info.Author = metadata.Author;
        document.Info.Keywords = metadata.Keywords;
        document.Info.Creator = "GuideBuilder";
        document.Info.CreationDate = metadata.Date.UtcDateTime;
        document.Info.ModificationDate = metadata.Date.UtcDateTime;
        document.Language = metadata.Language;
        var preferences = new PdfDictionary(document);
        preferences.Elements.SetBoolean("/DisplayDocTitle", true);
        document.Internals.Catalog.Elements["/ViewerPreferences"] = preferences;
        document.PageMode = PdfPageMode.UseOutlines;

        // The file identifier comes from the content, so the same input gives the same bytes.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(metadata.Title + metadata.Language + metadata.ContentHash));
        var id = Convert.ToHexString(hash.AsSpan(0, 16));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
    }

    private static int ParseColor(string hex) => unchecked((int)(0xFF000000 | Convert.ToUInt32(hex.TrimStart('#'), 16)));
}
