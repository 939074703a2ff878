using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace GuideBuilder.Targets.Slides;

/// <summary>The shapes a slide is drawn with: filled rectangles and text boxes, each with a unique id and a readable name.</summary>
internal sealed class PptxShapes(uint firstId = 2)
{
    private uint _nextId = firstId;

    public static P.ShapeTree EmptyTree() => new(
        new P.NonVisualGroupShapeProperties(
            new P.NonVisualDrawingProperties { Id = 1, Name = "" },
            new P.NonVisualGroupShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.GroupShapeProperties(new A.TransformGroup()));

    public P.Shape Rectangle(string name, PptxBox box, string fill) => new(
        new P.NonVisualShapeProperties(
            new P.NonVisualDrawingProperties { Id = _nextId++, Name = name },
            new P.NonVisualShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        Geometry(box, fill),
        new P.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph()));

    /// <summary>
    /// A text box, or a placeholder: the slide title is a title placeholder, which is how screen
    /// readers and the outline find it, and speaker notes are the notes page's body placeholder.
    /// </summary>
    public P.Shape Text(string name, PptxBox box, IEnumerable<A.Paragraph> paragraphs, A.TextAnchoringTypeValues anchor, P.PlaceholderValues? placeholder = null,
        string? fill = null, bool centred = false)
    {
        var application = placeholder is { } type
            ? new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = type })
            : new P.ApplicationNonVisualDrawingProperties();
        var drawing = placeholder is not null
            ? new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true })
            : new P.NonVisualShapeDrawingProperties { TextBox = true };
        var body = new P.TextBody(
            new A.BodyProperties(new A.NormalAutoFit())
            {
                Wrap = A.TextWrappingValues.Square,
                Anchor = anchor,
                LeftInset = 0,
                RightInset = 0,
                TopInset = 0,
                BottomInset = 0,
            },
            new A.ListStyle());
        body.Append(centred ? paragraphs.Select(Centred) : paragraphs);
        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(new A.Paragraph()); // the schema wants at least one paragraph in a text body
        }

        return new P.Shape(
            new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = _nextId++, Name = name }, drawing, application),
            Geometry(box, fill),
            body);
    }

    private static A.Paragraph Centred(A.Paragraph paragraph)
    {
        (paragraph.ParagraphProperties ?? paragraph.PrependChild(new A.ParagraphProperties())).Alignment = A.TextAlignmentTypeValues.Center;
        return paragraph;
    }

    private static P.ShapeProperties Geometry(PptxBox box, string? fill)
    {
        var properties = new P.ShapeProperties(
            new A.Transform2D(
                new A.Offset { X = PptxBox.Emu(box.X), Y = PptxBox.Emu(box.Y) },
                new A.Extents { Cx = PptxBox.Emu(box.Width), Cy = PptxBox.Emu(box.Height) }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle });
        properties.Append(fill is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = fill }));
        properties.Append(new A.Outline(new A.NoFill()));
        return properties;
    }
}
