using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;

namespace GuideBuilder.Targets.Slides;

/// <summary>Paragraphs of DrawingML text: a run in the deck's font, colour and size, plain, bulleted or numbered.</summary>
internal sealed class PptxText(string language)
{
    public A.Paragraph Line(string text, int points, string colour, bool bold = false, bool italic = false) =>
        new(PlainProperties(), Run(text, points, colour, bold, italic));

    /// <summary>A bulleted point; the lines after its first (a resource's address) follow smaller and muted, in the same point.</summary>
    public A.Paragraph Bullet(string text, int points, string colour, string bulletColour)
    {
        var lines = text.Split('\n');
        var paragraph = new A.Paragraph(ListProperties(bulletColour, new A.CharacterBullet { Char = "•" }), Run(lines[0], points, colour, false, false));
        foreach (var line in lines.Skip(1))
        {
            paragraph.Append(new A.Break(), Run(line, points - 6, PptxColours.Muted, false, false));
        }

        return paragraph;
    }

    public A.Paragraph Numbered(string text, int number, int points, string colour, string bulletColour) =>
        new(ListProperties(bulletColour, new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod, StartAt = number }), Run(text, points, colour, false, false));

    private static A.ParagraphProperties PlainProperties() =>
        new(new A.SpaceBefore(new A.SpacingPoints { Val = 0 }), new A.NoBullet());

    private static A.ParagraphProperties ListProperties(string bulletColour, OpenXmlElement bullet) =>
        new(new A.SpaceBefore(new A.SpacingPoints { Val = 900 }), new A.BulletColor(new A.RgbColorModelHex { Val = bulletColour }), new A.BulletFont { Typeface = PptxTheme.Font }, bullet)
        {
            LeftMargin = (int)PptxBox.Emu(0.4),
            Indent = -(int)PptxBox.Emu(0.4),
        };

    private A.Run Run(string text, int points, string colour, bool bold, bool italic) => new(
        new A.RunProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.LatinFont { Typeface = PptxTheme.Font })
        {
            Language = language,
            FontSize = points * 100,
            Bold = bold,
            Italic = italic,
            Dirty = false,
        },
        new A.Text(text));
}
