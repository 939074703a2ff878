using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// A .pptx's container (Open Packaging Conventions): the parts, their relationships and their
/// content types, zipped with one timestamp. Written by hand on System.IO.Compression rather than
/// through the Open XML SDK's package: for a dozen fixed parts, the SDK and System.IO.Packaging
/// spent more than writing the slides did (part objects, URI checks, an uncompressed package that
/// then had to be unzipped and zipped again, because the packaging layer stamps entries with the
/// clock). The entries come in the order, and with the bytes, that the SDK gave them.
/// </summary>
internal sealed class PptxPackage(DateTimeOffset timestamp) : IDisposable
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The packaging layer's own parts start with a byte order mark.</summary>
    private static readonly XmlWriterSettings PackageXml = new() { Encoding = new UTF8Encoding(true), CloseOutput = false };

    private readonly MemoryStream _output = new();
    private readonly MemoryStream _buffer = new();
    private readonly List<(string Part, string ContentType)> _parts = [];
    private readonly SortedDictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);
    private ZipArchive? _zip;

    private ZipArchive Zip => _zip ??= new ZipArchive(_output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Adds the part <paramref name="part"/> (an absolute name, "/ppt/slides/slide1.xml") with its markup.</summary>
    public void Add(string part, string contentType, Action<XmlWriter> root)
    {
        _parts.Add((part, contentType));
        _buffer.SetLength(0);
        PptxXml.Write(_buffer, root);
        WriteEntry(part[1..], _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length));
    }

    /// <summary>Adds a part whose bytes are ready (the parts the decks of a build share).</summary>
    public void Add(string part, string contentType, byte[] bytes)
    {
        _parts.Add((part, contentType));
        WriteEntry(part[1..], bytes);
    }

    /// <summary>Relates <paramref name="source"/> ("/" for the package) to the part <paramref name="target"/>.</summary>
    public void Relate(string source, string id, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var relationships))
        {
            _relationships[source] = relationships = [];
        }

        relationships.Add((id, type, target));
    }

    /// <summary>The finished package: the relationship parts (by their source's name, as the packaging layer wrote them), then the content types.</summary>
    public byte[] ToArray()
    {
        foreach (var (source, relationships) in _relationships)
        {
            WritePackageXml(RelationshipsPart(source), writer => WriteRelationships(writer, relationships));
        }

        WritePackageXml("[Content_Types].xml", WriteContentTypes);
        Zip.Dispose();
        return _output.ToArray();
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _output.Dispose();
        _buffer.Dispose();
    }

    /// <summary>
    /// Each entry gets its bytes in one write: the XML writer flushes its stream when done, and a
    /// flush in the middle of a compressed entry costs bytes.
    /// </summary>
    private void WriteEntry(string name, ReadOnlySpan<byte> bytes)
    {
        var entry = Zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private void WritePackageXml(string name, Action<XmlWriter> root)
    {
        _buffer.SetLength(0);
        using (var writer = XmlWriter.Create(_buffer, PackageXml))
        {
            writer.WriteStartDocument();
            root(writer);
            writer.WriteEndDocument();
        }

        WriteEntry(name, _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length));
    }

    private static string RelationshipsPart(string source)
    {
        var slash = source.LastIndexOf('/');
        return $"{source[1..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
    }

    private static void WriteRelationships(XmlWriter writer, List<(string Id, string Type, string Target)> relationships)
    {
        writer.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var (id, type, target) in relationships)
        {
            writer.WriteStartElement("Relationship", RelationshipsNamespace);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", target);
            writer.WriteAttributeString("Id", id);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// [Content_Types].xml: the first part's type is the default for its extension (.xml), as the
    /// packaging layer decided it, and every part of another type is named.
    /// </summary>
    private void WriteContentTypes(XmlWriter writer)
    {
        writer.WriteStartElement("Types", ContentTypesNamespace);
        var defaultType = _parts[0].ContentType;
        Default(writer, "xml", defaultType);
        Default(writer, "rels", RelationshipsContentType);
        foreach (var (part, contentType) in _parts.Where(p => p.ContentType != defaultType))
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", part);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Default(XmlWriter writer, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
