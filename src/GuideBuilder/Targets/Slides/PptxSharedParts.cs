using System.Collections.Concurrent;
using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The parts that every deck of a build has in common, written once as bytes and fed to each
/// deck: the slide layout and the notes master never change, the theme changes with the module's
/// colour, and the slide master with the language and the edition's label.
/// </summary>
public sealed class PptxSharedParts
{
    private const string LayoutRelationship = "rId1";

    private readonly ConcurrentDictionary<string, byte[]> _themes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Language, string? Label), byte[]> _masters = new();

    internal static byte[] Layout { get; } = PptxXml.Bytes(WriteLayout);

    internal static byte[] NotesMaster { get; } = PptxXml.Bytes(PptxSpeakerNotes.WriteMaster);

    /// <param name="tabColour">RRGGBB, as <see cref="PptxColours.FromCss"/> gives it.</param>
    internal byte[] Theme(string tabColour) => _themes.GetOrAdd(tabColour, colour => PptxXml.Bytes(writer => PptxTheme.Write(writer, colour)));

    internal byte[] Master(string language, string? editionLabel) =>
        _masters.GetOrAdd((language, editionLabel), key => PptxXml.Bytes(writer => WriteMaster(writer, key.Language, key.Label)));

    private static void WriteLayout(XmlWriter writer)
    {
        writer.Start("p", "sldLayout");
        writer.WriteAttributeString("type", "titleOnly");
        writer.WriteAttributeString("preserve", "1");
        writer.Start("p", "cSld");
        writer.WriteAttributeString("name", "Title Only");
        PptxShapes.WriteTree(writer, [TitlePlaceholder()]);
        writer.WriteEndElement();
        PptxColourMap.WriteOverride(writer);
        writer.WriteEndElement();
    }

    /// <summary>The master: the title placeholder, and the edition's label ("Trainer edition") that every slide shows above its own shapes' corner.</summary>
    private static void WriteMaster(XmlWriter writer, string language, string? editionLabel)
    {
        writer.Start("p", "sldMaster");
        writer.Start("p", "cSld");
        PptxShapes.WriteTree(writer, editionLabel is null ? [TitlePlaceholder()] : [TitlePlaceholder(), EditionLabel(language, editionLabel)]);
        writer.WriteEndElement();
        PptxColourMap.Write(writer);
        writer.ReferenceList("sldLayoutIdLst", "sldLayoutId", "2147483649", LayoutRelationship);
        writer.Start("p", "txStyles");
        writer.Empty("p", "titleStyle");
        writer.Empty("p", "bodyStyle");
        writer.Empty("p", "otherStyle");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static PptxShape TitlePlaceholder() =>
        new PptxShapes().Text("Title", new PptxBox(0.6, 0.85, PptxBox.SlideWidth - 1.2, 1.05), [PptxParagraph.Empty], PptxAnchor.Bottom, placeholder: PptxPlaceholder.Title);

    private static PptxShape EditionLabel(string language, string label) =>
        new PptxShapes(firstId: 3).Text("Edition", new PptxBox(PptxBox.SlideWidth - 3.4, 0.3, 2.8, 0.4), [new PptxText(language).Line(label, 12, PptxColours.Text, bold: true)],
            PptxAnchor.Centre, fill: PptxColours.EditionBadge, centred: true);
}
