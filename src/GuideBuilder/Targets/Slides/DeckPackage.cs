using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The package a deck is written into: System.IO.Packaging's own extension point (a <see cref="Package"/>
/// keeping its parts in memory), zipped once when it closes, every entry compressed and stamped with
/// the build's time. The relationships are still the library's. The zip package System.IO.Packaging
/// offers stamps its entries with the clock, so each deck had to be unzipped and zipped again after
/// it (a sixth of the decks' processor time).
/// </summary>
internal sealed class DeckPackage(Stream output, DateTimeOffset timestamp) : Package(FileAccess.ReadWrite)
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    /// <summary>
    /// Parts smaller than this (relationships, properties: half of a deck's entries) are stored, not
    /// compressed: readying a compressor cost more than the few hundred bytes it would save.
    /// </summary>
    private const int StoredBelow = 1024;

    private readonly List<DeckPart> _parts = [];
    private bool _written;

    protected override PackagePart CreatePartCore(Uri partUri, string contentType, CompressionOption compressionOption)
    {
        var part = new DeckPart(this, partUri, contentType, compressionOption);
        _parts.Add(part);
        return part;
    }

    protected override void DeletePartCore(Uri partUri) => _parts.RemoveAll(p => p.Uri == partUri);

    protected override PackagePart? GetPartCore(Uri partUri) => _parts.Find(p => p.Uri == partUri);

    protected override PackagePart[] GetPartsCore() => [.. _parts];

    protected override void FlushCore()
    {
        // The zip is written once, when the package closes: by then the library has written every relationship part.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_written)
        {
            _written = true;
            WriteZip();
        }

        base.Dispose(disposing);
    }

    private void WriteZip()
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var part in _parts)
        {
            Add(zip, part.Name.TrimStart('/'), part.Content);
        }

        using var types = new MemoryStream();
        WriteContentTypes(types);
        Add(zip, "[Content_Types].xml", types.ToArray());
    }

    private void Add(ZipArchive zip, string name, ReadOnlySpan<byte> content)
    {
        var entry = zip.CreateEntry(name, content.Length < StoredBelow ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private void WriteContentTypes(Stream stream)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Types", ContentTypesNamespace);
        WriteDefault(writer, "rels", RelationshipsContentType);
        WriteDefault(writer, "xml", "application/xml");
        foreach (var part in _parts.Where(p => p.Type != RelationshipsContentType))
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", part.Name);
            writer.WriteAttributeString("ContentType", part.Type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteDefault(XmlWriter writer, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
