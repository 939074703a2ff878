namespace GuideBuilder.Targets.Slides;

/// <summary>Paragraphs of DrawingML text: a run in the deck's font, colour and size, plain, bulleted or numbered.</summary>
internal sealed class PptxText(string language)
{
    private const int ListSpacing = 900;

    public PptxParagraph Line(string text, int points, string colour, bool bold = false, bool italic = false) =>
        new(language, [new PptxRun(text, points, colour, bold, italic)]);

    /// <summary>A bulleted point; the lines after its first (a resource's address) follow smaller and muted, in the same point.</summary>
    public PptxParagraph Bullet(string text, int points, string colour, string bulletColour)
    {
        var lines = text.Split('\n');
        return new(language, [new PptxRun(lines[0], points, colour), .. lines.Skip(1).Select(line => new PptxRun(line, points - 6, PptxColours.Muted, BreakBefore: true))],
            ListSpacing, new PptxBullet(bulletColour));
    }

    public PptxParagraph Numbered(string text, int number, int points, string colour, string bulletColour) =>
        new(language, [new PptxRun(text, points, colour)], ListSpacing, new PptxBullet(bulletColour, number));
}
