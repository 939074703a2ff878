using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

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
    public static NotesMasterPart AddMaster(PresentationPart presentation, string relationship, ThemePart slideTheme)
    {
        var master = presentation.AddNewPart<NotesMasterPart>(relationship);
        master.AddNewPart<ThemePart>("rId1").Theme = (A.Theme)slideTheme.Theme.CloneNode(true);
        master.NotesMaster = new P.NotesMaster(new P.CommonSlideData(WithBody(PptxShapes.EmptyTree(), [new A.Paragraph()])), PptxColourMap.Create());
        return master;
    }

    public static void Attach(SlidePart slide, NotesMasterPart master, string relationship, string notes, string language)
    {
        var part = slide.AddNewPart<NotesSlidePart>(relationship);
        part.AddPart(master, MasterRelationship);
        part.AddPart(slide, SlideRelationship);
        var text = new PptxText(language);
        var paragraphs = notes.Split('\n').Select(line => text.Line(line, 12, PptxColours.Text));
        part.NotesSlide = new P.NotesSlide(new P.CommonSlideData(WithBody(PptxShapes.EmptyTree(), paragraphs)), new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    private static P.ShapeTree WithBody(P.ShapeTree tree, IEnumerable<A.Paragraph> paragraphs)
    {
        tree.Append(new PptxShapes().Text("Notes", new PptxBox(0.75, 5.0, 6.0, 4.5), paragraphs, A.TextAnchoringTypeValues.Top, placeholder: P.PlaceholderValues.Body));
        return tree;
    }
}
