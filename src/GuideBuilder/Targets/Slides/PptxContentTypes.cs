namespace GuideBuilder.Targets.Slides;

/// <summary>The content types of a deck's parts.</summary>
internal static class PptxContentTypes
{
    private const string PresentationMl = "application/vnd.openxmlformats-officedocument.presentationml.";

    public const string Presentation = PresentationMl + "presentation.main+xml";
    public const string SlideMaster = PresentationMl + "slideMaster+xml";
    public const string SlideLayout = PresentationMl + "slideLayout+xml";
    public const string Slide = PresentationMl + "slide+xml";
    public const string NotesMaster = PresentationMl + "notesMaster+xml";
    public const string NotesSlide = PresentationMl + "notesSlide+xml";
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
}
