using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>The shapes a slide is drawn with: filled rectangles and text boxes, each with a unique id and a readable name.</summary>
internal sealed class PptxShapes(uint firstId = 2)
{
    private uint _nextId = firstId;

    /// <summary>
    /// Writes a shape tree: the group every slide's shapes sit in (id 1), then the shapes.
    /// </summary>
    public static void WriteTree(XmlWriter writer, IEnumerable<PptxShape> shapes)
    {
        writer.Start("p", "spTree");
        writer.Start("p", "nvGrpSpPr");
        writer.Empty("p", "cNvPr", ("id", "1"), ("name", ""));
        writer.Empty("p", "cNvGrpSpPr");
        writer.Empty("p", "nvPr");
        writer.WriteEndElement();
        writer.Start("p", "grpSpPr");
        writer.Empty("a", "xfrm");
        writer.WriteEndElement();
        foreach (var shape in shapes)
        {
            shape.WriteTo(writer);
        }

        writer.WriteEndElement();
    }

    public PptxShape Rectangle(string name, PptxBox box, string fill) => new(_nextId++, name, box, fill, []);

    /// <summary>
    /// A text box, or a placeholder: the slide title is a title placeholder, which is how screen
    /// readers and the outline find it, and speaker notes are the notes page's body placeholder.
    /// </summary>
    public PptxShape Text(string name, PptxBox box, IEnumerable<PptxParagraph> paragraphs, PptxAnchor anchor, PptxPlaceholder? placeholder = null,
        string? fill = null, bool centred = false) =>
        new(_nextId++, name, box, fill, [.. centred ? paragraphs.Select(p => p with { Centred = true }) : paragraphs], anchor, placeholder);
}
