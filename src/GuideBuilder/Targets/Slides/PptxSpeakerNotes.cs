using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Speaker notes (the trainer edition's facilitator notes), shown in the presenter view: a notes
/// master once per deck, then a notes page per slide that has notes.
/// </summary>
internal static class PptxSpeakerNotes
{
    private const string MasterRelationship = "rId1";
    private const string SlideRelationship = "rId2";

    private const string Master = "/ppt/notesMasters/notesMaster1.xml";

    /// <summary>The notes master, with its own copy of the deck's theme, as PowerPoint itself writes it.</summary>
    public static void AddMaster(PptxPackage package, string relationship, byte[] theme)
    {
        const string NotesTheme = "/ppt/notesMasters/theme/theme2.xml";
        package.Relate("/ppt/presentation.xml", relationship, PptxRelationships.NotesMaster, Master);
        package.Add(Master, PptxContentTypes.NotesMaster, PptxSharedParts.NotesMaster);
        package.Relate(Master, "rId1", PptxRelationships.Theme, NotesTheme);
        package.Add(NotesTheme, PptxContentTypes.Theme, theme);
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

    /// <summary>Gives <paramref name="slide"/> its notes page, the deck's <paramref name="number"/>th.</summary>
    public static void Attach(PptxPackage package, string slide, int number, string relationship, string notes, string language)
    {
        var page = $"/ppt/notesSlides/notesSlide{number}.xml";
        package.Relate(slide, relationship, PptxRelationships.NotesSlide, page);
        package.Relate(page, MasterRelationship, PptxRelationships.NotesMaster, Master);
        package.Relate(page, SlideRelationship, PptxRelationships.Slide, slide);
        var text = new PptxText(language);
        var body = Body([.. notes.Split('\n').Select(line => text.Line(line, 12, PptxColours.Text))]);
        package.Add(page, PptxContentTypes.NotesSlide, writer =>
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
