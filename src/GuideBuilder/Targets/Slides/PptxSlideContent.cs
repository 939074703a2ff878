using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>What one slide shows: its shapes, over a solid <paramref name="Background"/> when set (else the master's white).</summary>
internal sealed record PptxSlideContent(string? Background, IReadOnlyList<PptxShape> Shapes)
{
    public void WriteTo(XmlWriter writer)
    {
        writer.Start("p", "sld");
        writer.Start("p", "cSld");
        if (Background is { } colour)
        {
            writer.Start("p", "bg");
            writer.Start("p", "bgPr");
            writer.SolidFill(colour);
            writer.Empty("a", "effectLst");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        PptxShapes.WriteTree(writer, Shapes);
        writer.WriteEndElement();
        PptxColourMap.WriteOverride(writer);
        writer.WriteEndElement();
    }
}
