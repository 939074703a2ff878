using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Writes a <see cref="SlideDeck"/> as a .pptx file (PowerPoint, LibreOffice Impress, Keynote)
/// with the Open XML SDK: one slide master with a title-only layout, the guide's theme, then the
/// slides. The same deck always gives the same bytes: every relationship id is given here (the SDK
/// would draw random ones), the document properties are written as a part of our own (the packaging
/// layer would name theirs by a GUID), and the package (<see cref="DeckPackage"/>) stamps every zip
/// entry with the build's time, where System.IO.Packaging's zip package would use the clock.
/// </summary>
public static class PptxDeckWriter
{
    private const string MasterRelationship = "rId1";
    private const string ThemeRelationship = "rId2";
    private const string LayoutRelationship = "rId1";
    private const string NotesMasterRelationship = "rId3";
    private const string PresentationContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    /// <summary>Changes whenever the writer gives other bytes for the same deck, so that decks kept by the build cache are written again.</summary>
    public const string Markup = "pptx-4";

    public static byte[] Write(SlideDeck deck, DateTimeOffset timestamp) => Write(deck, timestamp, new PptxSharedParts());

    /// <param name="shared">The parts the decks of one build have in common, made once for all of them.</param>
    public static byte[] Write(SlideDeck deck, DateTimeOffset timestamp, PptxSharedParts shared)
    {
        // Sized for a typical deck (about 12 kB zipped): growing from empty copied each deck several times.
        using var zipped = new MemoryStream(1 << 15);
        using (var package = new DeckPackage(zipped, timestamp))
        using (var document = PresentationDocument.Create(package, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentation = document.AddNewPart<PresentationPart>(PresentationContentType, "rId1");
            var (layout, theme) = AddMasterLayoutAndTheme(presentation, deck, shared);
            var notesMaster = deck.Slides.Any(s => s.Notes is not null) ? PptxSpeakerNotes.AddMaster(presentation, NotesMasterRelationship, theme) : null;
            var composer = new PptxSlideComposer(deck);
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var part = presentation.AddNewPart<SlidePart>(SlideRelationship(i));
                var content = composer.Compose(deck.Slides[i]);
                Write(part, content.WriteTo);
                part.AddPart(layout, LayoutRelationship);
                if (deck.Slides[i].Notes is { } notes)
                {
                    PptxSpeakerNotes.Attach(part, notesMaster!, "rId2", notes, deck.Language);
                }
            }

            Write(presentation, writer => WritePresentation(writer, deck.Slides.Count, notesMaster is not null));
            WriteProperties(document.AddNewPart<CoreFilePropertiesPart>("rId2"), deck, timestamp);
        }

        return zipped.ToArray();
    }

    /// <summary>Fills a part with markup written straight to its stream.</summary>
    internal static void Write(OpenXmlPart part, Action<XmlWriter> root)
    {
        using var stream = part.GetStream(FileMode.Create);
        PptxXml.Write(stream, root);
    }

    /// <summary>Fills a part with bytes made once for every deck (<see cref="PptxSharedParts"/>).</summary>
    internal static void Feed(OpenXmlPart part, byte[] bytes)
    {
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(bytes);
    }

    private static string SlideRelationship(int index) => $"rId{10 + index}";

    private static (SlideLayoutPart Layout, byte[] Theme) AddMasterLayoutAndTheme(PresentationPart presentation, SlideDeck deck, PptxSharedParts shared)
    {
        var master = presentation.AddNewPart<SlideMasterPart>(MasterRelationship);
        var layout = master.AddNewPart<SlideLayoutPart>(LayoutRelationship);
        var theme = master.AddNewPart<ThemePart>(ThemeRelationship);
        var themeBytes = shared.Theme(PptxColours.FromCss(deck.TabColor));
        Feed(theme, themeBytes);
        presentation.AddPart(theme, ThemeRelationship);
        Feed(layout, PptxSharedParts.Layout);
        layout.AddPart(master, MasterRelationship);
        Feed(master, shared.Master(deck.Language, deck.EditionLabel));
        return (layout, themeBytes);
    }

    private static void WritePresentation(XmlWriter writer, int slides, bool hasNotesMaster)
    {
        writer.Start("p", "presentation");
        writer.ReferenceList("sldMasterIdLst", "sldMasterId", "2147483648", MasterRelationship);
        if (hasNotesMaster)
        {
            writer.ReferenceList("notesMasterIdLst", "notesMasterId", null, NotesMasterRelationship);
        }

        writer.Start("p", "sldIdLst");
        for (var i = 0; i < slides; i++)
        {
            writer.Start("p", "sldId");
            writer.Attribute("id", 256 + i);
            writer.RelationshipId(SlideRelationship(i));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.Empty("p", "sldSz", ("cx", Size(PptxBox.SlideWidth)), ("cy", Size(PptxBox.SlideHeight)));
        writer.Empty("p", "notesSz", ("cx", "6858000"), ("cy", "9144000"));
        writer.WriteEndElement();
    }

    private static string Size(double inches) => ((int)PptxBox.Emu(inches)).ToString(CultureInfo.InvariantCulture);

    private static void WriteProperties(CoreFilePropertiesPart part, SlideDeck deck, DateTimeOffset timestamp)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string DcTerms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Write(part, writer =>
        {
            writer.WriteStartElement("cp", "coreProperties", Cp);
            writer.WriteAttributeString("xmlns", "dc", null, Dc);
            writer.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
            writer.WriteElementString("dc", "title", Dc, $"{deck.ModuleTitle} – {deck.GuideTitle}");
            writer.WriteElementString("dc", "creator", Dc, deck.Publisher);
            writer.WriteElementString("dc", "language", Dc, deck.Language);
            foreach (var name in new[] { "created", "modified" })
            {
                writer.WriteStartElement("dcterms", name, DcTerms);
                writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                writer.WriteString(date);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }
}
