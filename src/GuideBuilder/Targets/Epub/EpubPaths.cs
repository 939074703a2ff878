namespace GuideBuilder.Targets.Epub;

/// <summary>Paths of files inside the EPUB as URLs: each segment percent-encoded, so any file name is a valid href.</summary>
public static class EpubPaths
{
    public static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
