using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Writes a <see cref="SlideDeck"/> as a .pptx file (PowerPoint, LibreOffice Impress, Keynote)
/// with the Open XML SDK: one slide master with a title-only layout, the guide's theme, then the
/// slides. The same deck always gives the same bytes: every relationship id is given here (the SDK
/// would draw random ones), the document properties are written as a part of our own (the packaging
/// layer would name theirs by a GUID), and the package is re-zipped with one timestamp, because the
/// packaging layer stamps entries with the clock.
/// </summary>
public static class PptxDeckWriter
{
    private const string MasterRelationship = "rId1";
    private const string ThemeRelationship = "rId2";
    private const string LayoutRelationship = "rId1";
    private const string NotesMasterRelationship = "rId3";
    private const string PresentationContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    public static byte[] Write(SlideDeck deck, DateTimeOffset timestamp)
    {
        using var package = new MemoryStream();
        using (var document = PresentationDocument.Create(package, PresentationDocumentType.Presentation))
        {
            // Restamped compresses every entry again: compressing here too would only double the work.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var presentation = document.AddNewPart<PresentationPart>(PresentationContentType, "rId1");
            var (layout, theme) = AddMasterLayoutAndTheme(presentation, deck);
            var notesMaster = deck.Slides.Any(s => s.Notes is not null) ? PptxSpeakerNotes.AddMaster(presentation, NotesMasterRelationship, theme) : null;
            var composer = new PptxSlideComposer(deck);
            var slideIds = new P.SlideIdList();
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var relationship = $"rId{10 + i}";
                var part = presentation.AddNewPart<SlidePart>(relationship);
                part.Slide = composer.Compose(deck.Slides[i]);
                part.AddPart(layout, LayoutRelationship);
                if (deck.Slides[i].Notes is { } notes)
                {
                    PptxSpeakerNotes.Attach(part, notesMaster!, "rId2", notes, deck.Language);
                }

                slideIds.Append(new P.SlideId { Id = (uint)(256 + i), RelationshipId = relationship });
            }

            presentation.Presentation = new P.Presentation(
                new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = MasterRelationship }));
            if (notesMaster is not null)
            {
                presentation.Presentation.Append(new P.NotesMasterIdList(new P.NotesMasterId { Id = NotesMasterRelationship }));
            }

            presentation.Presentation.Append(
                slideIds,
                new P.SlideSize { Cx = (int)PptxBox.Emu(PptxBox.SlideWidth), Cy = (int)PptxBox.Emu(PptxBox.SlideHeight) },
                new P.NotesSize { Cx = 6858000, Cy = 9144000 });
            WriteProperties(document.AddNewPart<CoreFilePropertiesPart>("rId2"), deck, timestamp);
        }

        return Restamped(package.ToArray(), timestamp);
    }

    private static (SlideLayoutPart Layout, ThemePart Theme) AddMasterLayoutAndTheme(PresentationPart presentation, SlideDeck deck)
    {
        var master = presentation.AddNewPart<SlideMasterPart>(MasterRelationship);
        var layout = master.AddNewPart<SlideLayoutPart>(LayoutRelationship);
        var theme = master.AddNewPart<ThemePart>(ThemeRelationship);
        theme.Theme = PptxTheme.Create(PptxColours.FromCss(deck.TabColor));
        presentation.AddPart(theme, ThemeRelationship);
        layout.SlideLayout = new P.SlideLayout(
            new P.CommonSlideData(WithTitlePlaceholder(PptxShapes.EmptyTree())) { Name = "Title Only" },
            new P.ColorMapOverride(new A.MasterColorMapping()))
        { Type = P.SlideLayoutValues.TitleOnly, Preserve = true };
        layout.AddPart(master, MasterRelationship);
        master.SlideMaster = new P.SlideMaster(
            new P.CommonSlideData(MasterTree(deck)),
            PptxColourMap.Create(),
            new P.SlideLayoutIdList(new P.SlideLayoutId { Id = 2147483649U, RelationshipId = LayoutRelationship }),
            new P.TextStyles(new P.TitleStyle(), new P.BodyStyle(), new P.OtherStyle()));
        return (layout, theme);
    }

    /// <summary>The master's title placeholder, and the edition's label ("Trainer edition") that every slide shows above its own shapes' corner.</summary>
    private static P.ShapeTree MasterTree(SlideDeck deck)
    {
        var tree = WithTitlePlaceholder(PptxShapes.EmptyTree());
        if (deck.EditionLabel is { } label)
        {
            var box = new PptxBox(PptxBox.SlideWidth - 3.4, 0.3, 2.8, 0.4);
            tree.Append(new PptxShapes(firstId: 3).Text("Edition", box, [new PptxText(deck.Language).Line(label, 12, PptxColours.Text, bold: true)],
                A.TextAnchoringTypeValues.Center, fill: PptxColours.EditionBadge, centred: true));
        }

        return tree;
    }

    private static P.ShapeTree WithTitlePlaceholder(P.ShapeTree tree)
    {
        tree.Append(new PptxShapes().Text("Title", new PptxBox(0.6, 0.85, PptxBox.SlideWidth - 1.2, 1.05), [new A.Paragraph()], A.TextAnchoringTypeValues.Bottom, placeholder: P.PlaceholderValues.Title));
        return tree;
    }

    private static void WriteProperties(CoreFilePropertiesPart part, SlideDeck deck, DateTimeOffset timestamp)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var properties = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", $"{deck.ModuleTitle} – {deck.GuideTitle}"),
            new XElement(dc + "creator", deck.Publisher),
            new XElement(dc + "language", deck.Language),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date));
        using var stream = part.GetStream(FileMode.Create);
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), properties).Save(stream);
    }

    private static byte[] Restamped(byte[] package, DateTimeOffset timestamp)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = timestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
