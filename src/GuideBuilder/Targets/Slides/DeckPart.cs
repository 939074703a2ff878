using System.IO.Packaging;

namespace GuideBuilder.Targets.Slides;

/// <summary>A part of a <see cref="DeckPackage"/>: its bytes in memory until the package is zipped.</summary>
internal sealed class DeckPart(Package package, Uri partUri, string contentType, CompressionOption compression)
    : PackagePart(package, partUri, contentType, compression)
{
    /// <summary>The part's name in the zip (the package no longer answers for its parts when it closes and zips them).</summary>
    public string Name { get; } = partUri.OriginalString;

    public string Type { get; } = contentType;

    public byte[] Content { get; private set; } = [];

    protected override Stream GetStreamCore(FileMode mode, FileAccess access)
    {
        var stream = new PartStream(this);
        if (mode is not (FileMode.Create or FileMode.CreateNew or FileMode.Truncate))
        {
            stream.Write(Content);
            stream.Position = mode == FileMode.Append ? stream.Length : 0;
        }

        return stream;
    }

    /// <summary>Gives its bytes to the part when the writer closes it.</summary>
    private sealed class PartStream(DeckPart part) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing && CanRead)
            {
                part.Content = ToArray();
            }

            base.Dispose(disposing);
        }
    }
}
