using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// One shape of a slide: a filled rectangle (no <paramref name="Anchor"/>), or a text box with its
/// paragraphs, which may be a placeholder (the slide title, the notes page's body).
/// </summary>
internal sealed record PptxShape(uint Id, string Name, PptxBox Box, string? Fill, IReadOnlyList<PptxParagraph> Paragraphs, PptxAnchor? Anchor = null, PptxPlaceholder? Placeholder = null)
{
    public void WriteTo(XmlWriter writer)
    {
        writer.Start("p", "sp");
        WriteNonVisual(writer);
        WriteGeometry(writer);
        writer.Start("p", "txBody");
        WriteBodyProperties(writer);
        writer.Empty("a", "lstStyle");
        foreach (var paragraph in Paragraphs.Count == 0 ? [PptxParagraph.Empty] : Paragraphs)
        {
            paragraph.WriteTo(writer);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteNonVisual(XmlWriter writer)
    {
        writer.Start("p", "nvSpPr");
        writer.Start("p", "cNvPr");
        writer.Attribute("id", Id);
        writer.WriteAttributeString("name", Name);
        writer.WriteEndElement();
        if (Placeholder is { } placeholder)
        {
            writer.Start("p", "cNvSpPr");
            writer.Empty("a", "spLocks", ("noGrp", "1"));
            writer.WriteEndElement();
            writer.Start("p", "nvPr");
            writer.Empty("p", "ph", ("type", placeholder == PptxPlaceholder.Title ? "title" : "body"));
            writer.WriteEndElement();
        }
        else
        {
            writer.Empty("p", "cNvSpPr", Anchor is null ? [] : [("txBox", "1")]);
            writer.Empty("p", "nvPr");
        }

        writer.WriteEndElement();
    }

    private void WriteGeometry(XmlWriter writer)
    {
        writer.Start("p", "spPr");
        writer.Start("a", "xfrm");
        writer.Empty("a", "off", ("x", Emu(Box.X)), ("y", Emu(Box.Y)));
        writer.Empty("a", "ext", ("cx", Emu(Box.Width)), ("cy", Emu(Box.Height)));
        writer.WriteEndElement();
        writer.Start("a", "prstGeom");
        writer.WriteAttributeString("prst", "rect");
        writer.Empty("a", "avLst");
        writer.WriteEndElement();
        if (Fill is null)
        {
            writer.Empty("a", "noFill");
        }
        else
        {
            writer.SolidFill(Fill);
        }

        writer.Start("a", "ln");
        writer.Empty("a", "noFill");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteBodyProperties(XmlWriter writer)
    {
        if (Anchor is not { } anchor)
        {
            writer.Empty("a", "bodyPr");
            return;
        }

        writer.Start("a", "bodyPr");
        writer.WriteAttributeString("wrap", "square");
        writer.WriteAttributeString("lIns", "0");
        writer.WriteAttributeString("tIns", "0");
        writer.WriteAttributeString("rIns", "0");
        writer.WriteAttributeString("bIns", "0");
        writer.WriteAttributeString("anchor", anchor switch { PptxAnchor.Top => "t", PptxAnchor.Centre => "ctr", _ => "b" });
        writer.Empty("a", "normAutofit");
        writer.WriteEndElement();
    }

    private static string Emu(double inches) => PptxBox.Emu(inches).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
