namespace GuideBuilder.Targets.Slides;

/// <summary>The placeholders a deck uses: the slide title, and the notes page's body.</summary>
internal enum PptxPlaceholder
{
    Title,
    Body,
}
