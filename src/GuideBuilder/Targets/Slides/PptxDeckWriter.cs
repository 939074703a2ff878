using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Writes a <see cref="SlideDeck"/> as a .pptx file (PowerPoint, LibreOffice Impress, Keynote):
/// one slide master with a title-only layout, the guide's theme, then the slides, in the parts and
/// with the relationship ids the Open XML SDK gave them. The same deck always gives the same bytes:
/// every relationship id is given here, and every zip entry carries the build's timestamp.
/// </summary>
public static class PptxDeckWriter
{
    private const string MasterRelationship = "rId1";
    private const string ThemeRelationship = "rId2";
    private const string LayoutRelationship = "rId1";
    private const string NotesMasterRelationship = "rId3";
    private const string Presentation = "/ppt/presentation.xml";
    private const string Master = "/ppt/slideMasters/slideMaster1.xml";
    private const string Layout = "/ppt/slideLayouts/slideLayout1.xml";
    private const string Theme = "/ppt/slideMasters/theme/theme1.xml";
    private const string Properties = "/docProps/core.xml";

    /// <summary>Changes whenever the writer gives other bytes for the same deck, so that decks kept by the build cache are written again.</summary>
    public const string Markup = "pptx-2";

    public static byte[] Write(SlideDeck deck, DateTimeOffset timestamp) => Write(deck, timestamp, new PptxSharedParts());

    /// <param name="shared">The parts the decks of one build have in common, made once for all of them.</param>
    public static byte[] Write(SlideDeck deck, DateTimeOffset timestamp, PptxSharedParts shared)
    {
        using var package = new PptxPackage(timestamp);
        var hasNotes = deck.Slides.Any(s => s.Notes is not null);
        package.Relate("/", "rId1", PptxRelationships.OfficeDocument, Presentation);
        package.Add(Presentation, PptxContentTypes.Presentation, writer => WritePresentation(writer, deck.Slides.Count, hasNotes));
        AddMasterLayoutAndTheme(package, deck, shared);
        if (hasNotes)
        {
            PptxSpeakerNotes.AddMaster(package, NotesMasterRelationship, shared.Theme(PptxColours.FromCss(deck.TabColor)));
        }

        var composer = new PptxSlideComposer(deck);
        var notesPages = 0;
        for (var i = 0; i < deck.Slides.Count; i++)
        {
            var slide = $"/ppt/slides/slide{i + 1}.xml";
            package.Relate(Presentation, SlideRelationship(i), PptxRelationships.Slide, slide);
            package.Add(slide, PptxContentTypes.Slide, composer.Compose(deck.Slides[i]).WriteTo);
            package.Relate(slide, LayoutRelationship, PptxRelationships.SlideLayout, Layout);
            if (deck.Slides[i].Notes is { } notes)
            {
                PptxSpeakerNotes.Attach(package, slide, ++notesPages, "rId2", notes, deck.Language);
            }
        }

        package.Relate("/", "rId2", PptxRelationships.CoreProperties, Properties);
        package.Add(Properties, PptxContentTypes.CoreProperties, WriteProperties(deck, timestamp));
        return package.ToArray();
    }

    private static string SlideRelationship(int index) => $"rId{10 + index}";

    private static void AddMasterLayoutAndTheme(PptxPackage package, SlideDeck deck, PptxSharedParts shared)
    {
        package.Relate(Presentation, MasterRelationship, PptxRelationships.SlideMaster, Master);
        package.Add(Master, PptxContentTypes.SlideMaster, shared.Master(deck.Language, deck.EditionLabel));
        package.Relate(Master, LayoutRelationship, PptxRelationships.SlideLayout, Layout);
        package.Add(Layout, PptxContentTypes.SlideLayout, PptxSharedParts.Layout);
        package.Relate(Master, ThemeRelationship, PptxRelationships.Theme, Theme);
        package.Add(Theme, PptxContentTypes.Theme, shared.Theme(PptxColours.FromCss(deck.TabColor)));
        package.Relate(Presentation, ThemeRelationship, PptxRelationships.Theme, Theme);
        package.Relate(Layout, MasterRelationship, PptxRelationships.SlideMaster, Master);
    }

    private static void WritePresentation(XmlWriter writer, int slides, bool hasNotesMaster)
    {
        writer.Start("p", "presentation");
        writer.Start("p", "sldMasterIdLst");
        writer.Start("p", "sldMasterId");
        writer.WriteAttributeString("id", "2147483648");
        writer.RelationshipId(MasterRelationship);
        writer.WriteEndElement();
        writer.WriteEndElement();
        if (hasNotesMaster)
        {
            writer.Start("p", "notesMasterIdLst");
            writer.Start("p", "notesMasterId");
            writer.RelationshipId(NotesMasterRelationship);
            writer.WriteEndElement();
            writer.WriteEndElement();
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

    private static byte[] WriteProperties(SlideDeck deck, DateTimeOffset timestamp)
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
        using var stream = new MemoryStream();
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), properties).Save(stream);
        return stream.ToArray();
    }
}
