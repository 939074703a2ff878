using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Speaker notes (the trainer edition's facilitator notes), shown in the presenter view: a notes
/// master once per deck, then a notes page per slide that has notes.
/// </summary>
internal static class PptxSpeakerNotes
{
    private const string MasterRelationship = "rId1";
    private const string SlideRelationship = "rId2";

    /// <summary>The notes master, with its own copy of the deck's theme, as PowerPoint itself writes it.</summary>
    public static NotesMasterPart AddMaster(PresentationPart presentation, string relationship, byte[] theme)
    {
        var master = presentation.AddNewPart<NotesMasterPart>(relationship);
        PptxDeckWriter.Feed(master.AddNewPart<ThemePart>("rId1"), theme);
        PptxDeckWriter.Feed(master, PptxSharedParts.NotesMaster);
        return master;
    }

    /// <summary>The notes master's markup: an empty body placeholder where the notes go.</summary>
    public static void WriteMaster(XmlWriter writer)
    {
        writer.Start("p", "notesMaster");
        writer.Start("p", "cSld");
        PptxShapes.WriteTree(writer, [Body([PptxParagraph.Empty])]);
        writer.WriteEndElement();
        PptxColourMap.Write(writer);
        writer.WriteEndElement();
    }

    public static void Attach(SlidePart slide, NotesMasterPart master, string relationship, string notes, string language)
    {
        var part = slide.AddNewPart<NotesSlidePart>(relationship);
        part.AddPart(master, MasterRelationship);
        part.AddPart(slide, SlideRelationship);
        var text = new PptxText(language);
        var body = Body([.. notes.Split('\n').Select(line => text.Line(line, 12, PptxColours.Text))]);
        PptxDeckWriter.Write(part, writer =>
        {
            writer.Start("p", "notes");
            writer.Start("p", "cSld");
            PptxShapes.WriteTree(writer, [body]);
            writer.WriteEndElement();
            PptxColourMap.WriteOverride(writer);
            writer.WriteEndElement();
        });
    }

    private static PptxShape Body(IReadOnlyList<PptxParagraph> paragraphs) =>
        new PptxShapes().Text("Notes", new PptxBox(0.75, 5.0, 6.0, 4.5), paragraphs, PptxAnchor.Top, placeholder: PptxPlaceholder.Body);
}
