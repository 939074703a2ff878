namespace GuideBuilder.Targets.Epub;

/// <summary>The media files an edition's images show: only these are copied into the book and listed in its manifest.</summary>
public sealed class EpubMedia
{
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);

    /// <summary>Content paths, sorted.</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>The media type of an image a reading system must show (EPUB core media types), or null.</summary>
    public static string? ImageType(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        _ => null,
    };

    public void Include(string contentPath) => _paths.Add(contentPath);
}
