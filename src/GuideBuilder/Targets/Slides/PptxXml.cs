using System.Text;
using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The namespaces and the XML writer of a deck's parts. The parts are written straight to their
/// streams rather than through the Open XML SDK's typed elements: building and serialising that
/// tree (and compiling its hundreds of element classes on first use) was most of a deck's cost,
/// for a few fixed shapes. The markup is the one the SDK wrote, but for where namespaces are declared;
/// the SDK's validator checks it in the tests.
/// </summary>
internal static class PptxXml
{
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes one part's document into <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Action<XmlWriter> root)
    {
        using var writer = XmlWriter.Create(stream, Settings);
        writer.WriteStartDocument();
        root(writer);
        writer.WriteEndDocument();
    }

    /// <summary>One part's document as bytes, for the parts every deck of a build shares.</summary>
    public static byte[] Bytes(Action<XmlWriter> root)
    {
        using var stream = new MemoryStream();
        Write(stream, root);
        return stream.ToArray();
    }

    /// <summary>
    /// Starts an element. The root of a PresentationML part declares the DrawingML and relationship
    /// namespaces once, as PowerPoint does, rather than on every DrawingML element (a third of a slide's markup).
    /// </summary>
    public static void Start(this XmlWriter writer, string prefix, string name)
    {
        var root = writer.WriteState == WriteState.Prolog;
        writer.WriteStartElement(prefix, name, prefix == "a" ? A : P);
        if (root && prefix == "p")
        {
            writer.WriteAttributeString("xmlns", "a", null, A);
            writer.WriteAttributeString("xmlns", "r", null, R);
        }
    }

    /// <summary>An element with no content, with attributes given as name/value pairs.</summary>
    public static void Empty(this XmlWriter writer, string prefix, string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        writer.Start(prefix, name);
        foreach (var (attribute, value) in attributes)
        {
            writer.WriteAttributeString(attribute, value);
        }

        writer.WriteEndElement();
    }

    public static void Attribute(this XmlWriter writer, string name, long value) =>
        writer.WriteAttributeString(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An <c>r:id</c> attribute, naming a relationship of the part.</summary>
    public static void RelationshipId(this XmlWriter writer, string id) => writer.WriteAttributeString("r", "id", R, id);

    /// <summary>A list holding one reference to another part (<c>p:sldMasterIdLst</c> and the like): its id, when it has one, and its relationship.</summary>
    public static void ReferenceList(this XmlWriter writer, string list, string item, string? id, string relationship)
    {
        writer.Start("p", list);
        writer.Start("p", item);
        if (id is not null)
        {
            writer.WriteAttributeString("id", id);
        }

        writer.RelationshipId(relationship);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A colour as <c>&lt;a:srgbClr val="RRGGBB"/&gt;</c>.</summary>
    public static void Rgb(this XmlWriter writer, string hex) => writer.Empty("a", "srgbClr", ("val", hex));

    public static void SolidFill(this XmlWriter writer, string hex)
    {
        writer.Start("a", "solidFill");
        writer.Rgb(hex);
        writer.WriteEndElement();
    }
}
