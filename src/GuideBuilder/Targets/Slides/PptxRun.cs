using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>A run of text in the deck's font; <paramref name="BreakBefore"/> starts it on a new line of the same paragraph.</summary>
internal sealed record PptxRun(string Text, int Points, string Colour, bool Bold = false, bool Italic = false, bool BreakBefore = false)
{
    public void WriteTo(XmlWriter writer, string language)
    {
        if (BreakBefore)
        {
            writer.Empty("a", "br");
        }

        writer.Start("a", "r");
        writer.Start("a", "rPr");
        writer.WriteAttributeString("lang", language);
        writer.Attribute("sz", Points * 100);
        writer.WriteAttributeString("b", Bold ? "1" : "0");
        writer.WriteAttributeString("i", Italic ? "1" : "0");
        writer.WriteAttributeString("dirty", "0");
        writer.SolidFill(Colour);
        writer.Empty("a", "latin", ("typeface", PptxTheme.Font));
        writer.WriteEndElement();
        writer.Start("a", "t");
        writer.WriteString(Text);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
