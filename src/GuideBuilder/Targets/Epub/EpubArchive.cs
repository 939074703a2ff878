using System.IO.Compression;
using System.Text;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// Writes the EPUB container: the mimetype first and stored, then the container file, the package
/// document and every item in manifest order, each with the build clock's timestamp, so the same
/// book gives the same bytes.
/// </summary>
public static class EpubArchive
{
    private const string Container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """;

    public static byte[] Write(EpubBook book, DateTimeOffset timestamp)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", Encoding.ASCII.GetBytes("application/epub+zip"), CompressionLevel.NoCompression, timestamp);
            Add(zip, "META-INF/container.xml", Encoding.UTF8.GetBytes(Container), CompressionLevel.Optimal, timestamp);
            Add(zip, EpubBook.ContentFolder + EpubBook.PackageFile, book.PackageDocument, CompressionLevel.Optimal, timestamp);
            foreach (var item in book.Items)
            {
                var bytes = item.Bytes ?? File.ReadAllBytes(item.CopyFrom!);
                var level = item.MediaType is "image/png" or "image/jpeg" or "image/gif" or "image/webp" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                Add(zip, EpubBook.ContentFolder + item.Path, bytes, level, timestamp);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, CompressionLevel level, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        using var output = entry.Open();
        output.Write(bytes);
    }
}
