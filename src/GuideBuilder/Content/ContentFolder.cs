using System.Text;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>The content root on disk: the only place the loader reads files from.</summary>
public sealed class ContentFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ContentFolder(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public bool Exists => Directory.Exists(Root);

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public bool FileExists(string relativePath) => File.Exists(FullPath(relativePath));

    public bool DirectoryExists(string relativePath) => Directory.Exists(FullPath(relativePath));

    /// <summary>Paths relative to the root, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> MarkdownFiles(string language) =>
        DirectoryExists(language)
            ? [.. Directory.EnumerateFiles(FullPath(language), "*.md", SearchOption.TopDirectoryOnly)
                .Select(ToRelative).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>How diagnostics name a content file: relative to the working directory, so terminals can open it.</summary>
    public string DisplayPath(string relativePath) => Display(FullPath(relativePath));

    /// <summary>A path relative to the working directory when it is below it, else the full path.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }

    public string ToRelative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Reads a text file as strict UTF-8 with LF line ends; reports empty and non-UTF-8 files.
    /// </summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics)
    {
        var displayPath = DisplayPath(relativePath);
        var bytes = File.ReadAllBytes(FullPath(relativePath));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            var offset = error.Index >= 0 ? error.Index : 0;
            var (line, column) = LineAndColumn(bytes, offset);
            diagnostics.Error(new SourceLocation(displayPath, line, column), DiagnosticCodes.NotUtf8,
                "the file is not valid UTF-8", "save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8)");
            return null;
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.EmptyFile, "the file is empty",
                "write the front matter and body, or delete the file");
            return null;
        }

        return InvisibleCharacters.ReportInFile(text, displayPath, diagnostics);
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
