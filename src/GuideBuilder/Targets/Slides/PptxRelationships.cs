namespace GuideBuilder.Targets.Slides;

/// <summary>The relationship types between a deck's parts.</summary>
internal static class PptxRelationships
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string SlideMaster = Office + "slideMaster";
    public const string SlideLayout = Office + "slideLayout";
    public const string Theme = Office + "theme";
    public const string Slide = Office + "slide";
    public const string NotesMaster = Office + "notesMaster";
    public const string NotesSlide = Office + "notesSlide";
}
