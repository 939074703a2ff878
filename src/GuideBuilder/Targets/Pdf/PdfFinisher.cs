using System.Security.Cryptography;
using System.Text;
using GuideBuilder.Palette;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// PDFsharp's part of the textbook: draws folios and thumb tabs on the pages Chromium typeset,
/// marked as artifacts so the tag tree stays clean, puts the headings' own text in the
/// bookmarks, repairs the tag tree, gives the pages their book numbers as page labels, and sets the document's metadata.
/// </summary>
public static partial class PdfFinisher
{
    private const double Millimetre = 72 / 25.4;
    private const double TabWidth = 9 * Millimetre;
    private const double TabMargin = 24 * Millimetre;
    private const double FolioFromBottom = 11 * Millimetre;
    private const double FolioFromEdge = 20 * Millimetre;

    /// <param name="document">Chromium's PDF, opened for modifying; it is changed in place.</param>
    public static byte[] Finish(PdfDocument document, IReadOnlyList<BookPage> plan, int tabSlots, PdfMetadata metadata, PrintGeometry geometry, IReadOnlyList<string> headings, PhaseTimes? times = null)
    {
        PdfSharpSetup.Ensure();
        // Unicode encoding gives the folios and tab numbers a ToUnicode map, as Chromium's own text has.
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var folioFont = new XFont(SystemFontResolver.Family, 8.5, XFontStyleEx.Regular, unicode);
        var tabFont = new XFont(SystemFontResolver.Family, 11, XFontStyleEx.Bold, unicode);
        for (var i = 0; i < document.PageCount && i < plan.Count; i++)
        {
            var page = document.Pages[i];
            var typeset = CompressedContent.Of(page);
            var before = page.Contents.Elements.Count;
            var recto = (i + 1) % 2 == 1;
            var sheet = new Sheet(geometry, page.Width.Point, page.Height.Point);
            using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
            {
                DrawTab(graphics, sheet, plan[i], recto, tabSlots, tabFont);
                DrawFolio(graphics, sheet, plan[i], recto, folioFont);
                if (geometry.IsPrint)
                {
                    DrawCropMarks(graphics, sheet);
                }
            }

            if (geometry.IsPrint)
            {
                page.TrimBox = sheet.Box(0);
                page.BleedBox = sheet.Box(geometry.BleedMm * Millimetre);
            }

            MarkAsArtifact(page, before);
            CompressedContent.Restore(page, typeset);
        }

        times?.Mark("draw");
        OutlineTitles.Rewrite(document, headings);
        times?.Mark("outline");
        StructureTags.Repair(document);
        PageLabelTree.Write(document, [.. plan.Take(document.PageCount).Select(p => p.Label)]);
        times?.Mark("tags");
        SetMetadata(document, metadata);
        times?.Mark("metadata");
        CompressStreams(document);
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        times?.Mark("compression");
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        times?.Mark("save");
        var normalized = NormalizeNodeIds(output.ToArray());
        times?.Mark("node ids");
        var stable = Stabilise(normalized, metadata);
        times?.Mark("stabilise");
        var result = XmpPacket.ReplaceIn(stable, XmpPacket.For(metadata, document.Info.Producer));
        times?.Mark("xmp");
        return result;
    }

    /// <summary>
    /// Chromium names structure elements after its DOM node numbers (node00000123), which count
    /// on across every page the browser process has loaded, so they differ from build to build.
    /// They are renumbered in their own order: same length, same sort order (the ID tree stays
    /// sorted), no byte offset moves, and the same input gives the same file.
    /// </summary>
    public static byte[] NormalizeNodeIds(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var numbers = NodeId().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var renumbered = numbers.Select((original, index) => (original, index)).ToDictionary(p => p.original, p => (p.index + 1).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        var result = NodeId().Replace(text, m => "node" + renumbered[m.Groups[1].Value]);
        return System.Text.Encoding.Latin1.GetBytes(result);
    }

    [System.Text.RegularExpressions.GeneratedRegex("node([0-9]{8})")]
    private static partial System.Text.RegularExpressions.Regex NodeId();

    /// <summary>A thumb tab on the outer edge of the trimmed page, at the module's slot, running into the bleed when there is one.</summary>
    private static void DrawTab(XGraphics graphics, Sheet sheet, BookPage page, bool recto, int slots, XFont font)
    {
        if (page.TabSlot is not { } slot || page.TabColor is null)
        {
            return;
        }

        var slotHeight = (sheet.TrimHeight - (2 * TabMargin)) / Math.Max(slots, 1);
        var top = sheet.Offset + TabMargin + (slot * slotHeight) + (1 * Millimetre);
        var tabHeight = slotHeight - (2 * Millimetre);
        var bleed = sheet.Geometry.BleedMm * Millimetre;
        var x = recto ? sheet.Offset + sheet.TrimWidth - TabWidth : sheet.Offset - bleed;
        // The brand colour itself, unless neither white nor ink reads on it: then the nearest shade that carries white.
        var shades = TabShades.For(page.TabColor);
        var fill = page.TabLabel is null ? shades.Brand : shades.Fill;
        graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(ParseColor(fill))), new XRect(x, top, TabWidth + bleed, tabHeight));
        if (page.TabLabel is { } label)
        {
            var visibleX = recto ? x : sheet.Offset;
            graphics.DrawString(label, font, new XSolidBrush(XColor.FromArgb(ParseColor(shades.On))), new XRect(visibleX, top, TabWidth, tabHeight), XStringFormats.Center);
        }
    }

    private static void DrawFolio(XGraphics graphics, Sheet sheet, BookPage page, bool recto, XFont font)
    {
        if (page.NumberLabel is not { } label)
        {
            return;
        }

        var y = sheet.Offset + sheet.TrimHeight - FolioFromBottom - 10;
        var box = recto
            ? new XRect(sheet.Offset + sheet.TrimWidth - FolioFromEdge - 60, y, 60, 10)
            : new XRect(sheet.Offset + FolioFromEdge, y, 60, 10);
        graphics.DrawString(label, font, new XSolidBrush(XColor.FromArgb(0x1c, 0x22, 0x27)), box, recto ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
    }

    /// <summary>Crop marks in the slug at each corner of the trim, stopping short of the bleed.</summary>
    private static void DrawCropMarks(XGraphics graphics, Sheet sheet)
    {
        var pen = new XPen(XColors.Black, 0.25);
        var start = sheet.Geometry.BleedMm * Millimetre + (1 * Millimetre);
        var end = sheet.Offset - (1 * Millimetre);
        foreach (var x in new[] { sheet.Offset, sheet.Offset + sheet.TrimWidth })
        {
            foreach (var y in new[] { sheet.Offset, sheet.Offset + sheet.TrimHeight })
            {
                var outwardX = x == sheet.Offset ? -1 : 1;
                var outwardY = y == sheet.Offset ? -1 : 1;
                graphics.DrawLine(pen, x + (outwardX * start), y, x + (outwardX * (start + end - start)), y);
                graphics.DrawLine(pen, x, y + (outwardY * start), x, y + (outwardY * (start + end - start)));
            }
        }
    }

    /// <summary>Where the trimmed page sits on the sheet, in points from the top left.</summary>
    private sealed record Sheet(PrintGeometry Geometry, double Width, double Height)
    {
        public double Offset => Geometry.OffsetMm * Millimetre;

        public double TrimWidth => Width - (2 * Offset);

        public double TrimHeight => Height - (2 * Offset);

        /// <summary>The trim box grown by <paramref name="grow"/> points, in PDF coordinates (origin bottom left).</summary>
        public PdfRectangle Box(double grow) =>
            new(new XPoint(Offset - grow, Offset - grow), new XPoint(Width - Offset + grow, Height - Offset + grow));
    }

    /// <summary>
    /// Compresses every stream that is stored plain. PDFsharp's own Flate encoder makes
    /// `qpdf --check` warn that a stream does not end cleanly; .NET's ZLibStream writes a
    /// complete zlib stream, so the file is compact and checks clean.
    /// </summary>
    private static void CompressStreams(PdfDocument document)
    {
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            // XMP metadata stays plain, as its specification recommends, so that file tools can read it.
            if (dictionary.Stream is not { } stream || dictionary.Elements.ContainsKey("/Filter") || stream.Value.Length < 64
                || dictionary.Elements.GetName("/Type") == "/Metadata")
            {
                continue;
            }

            using var buffer = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(stream.Value);
            }

            stream.Value = buffer.ToArray();
            dictionary.Elements["/Filter"] = new PdfName("/FlateDecode");
            dictionary.Elements.Remove("/DecodeParms");
        }
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
    }

    /// <summary>
    /// Replaces what is random in a saved PDF by values derived from the content, each at the
    /// same length so that no byte offset moves: the XMP document and instance UUIDs, the font
    /// subset tags PDFsharp draws by chance, and the file identifier.
    /// </summary>
    private static byte[] Stabilise(byte[] pdf, PdfMetadata metadata)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        string Hex(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Language}/{metadata.ContentHash}/{seed}")));
        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
            {
                tag = string.Concat(Hex("tag" + tags.Count).Take(6).Select(c => (char)('A' + (Convert.ToInt32(c.ToString(), 16) % 26))));
                tags[m.Groups[1].Value] = tag;
            }

            return "/" + tag + "+";
        });
        text = FileId().Replace(text, m => $"/ID [<{Hex("id1")[..m.Groups[1].Length].ToUpperInvariant()}><{Hex("id2")[..m.Groups[2].Length]}>]");
        var counter = 0;
        text = Uuid().Replace(text, _ =>
        {
            var hash = Hex("uuid" + counter++);
            return $"uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
        });
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex("/([A-Z]{6})\\+")]
    private static partial System.Text.RegularExpressions.Regex SubsetTag();

    [System.Text.RegularExpressions.GeneratedRegex("/ID ?\\[<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)>\\]")]
    private static partial System.Text.RegularExpressions.Regex FileId();

    [System.Text.RegularExpressions.GeneratedRegex("uuid:[0-9a-fA-F-]{36}")]
    private static partial System.Text.RegularExpressions.Regex Uuid();

    private static int ParseColor(string hex) => unchecked((int)(0xFF000000 | Convert.ToUInt32(hex.TrimStart('#'), 16)));
}
