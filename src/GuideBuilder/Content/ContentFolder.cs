using System.Text;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>The content root on disk: the only place the loader reads files from.</summary>
public sealed class ContentFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Read once: asking the system for it for every file name a build reports cost more than reading the file.
    private readonly string _workingDirectory;

    public ContentFolder(string root)
    {
        Root = Path.GetFullPath(root);
        _workingDirectory = Directory.GetCurrentDirectory();
    }

    public string Root { get; }

    public bool Exists => Directory.Exists(Root);

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public bool FileExists(string relativePath) => File.Exists(FullPath(relativePath));

    /// <summary>The file or folder as the system opens it (every link followed), or null when a link leads it out of the content folder.</summary>
    public string? Inside(string relativePath) => PathInsideRoot.Resolve(Root, relativePath);

    /// <summary>True when a symbolic link (or junction) takes the path out of the content folder.</summary>
    public bool LeavesRoot(string relativePath) => Inside(relativePath) is null;

    /// <summary>
    /// The path to copy a file from, checked to stay inside the content folder. The loader has
    /// reported every path that leaves it, so this fails only when the content changed during the
    /// build. The path is the content's own (not the link's target), as guide serve's watcher names changed files.
    /// </summary>
    public string CopySource(string relativePath) =>
        LeavesRoot(relativePath)
            ? throw new IOException($"'{relativePath}' leads outside the content folder {Root} through a symbolic link")
            : FullPath(relativePath);

    /// <summary>Reports a path that a link takes out of the content folder, at the place that names it.</summary>
    public void ReportLeaving(string relativePath, string written, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Error(at, DiagnosticCodes.LinkLeavesContent,
            $"'{written}' leads outside the content folder: {LinkChain(relativePath)}",
            "a symbolic link in the content folder may only point inside it; copy the file into the content folder instead");

    /// <summary>Where the path really goes, for the message: the first link that leaves, and its target.</summary>
    private string LinkChain(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('/', parts[..i]);
            if (new FileInfo(FullPath(prefix)).LinkTarget is { } target && LeavesRoot(prefix))
            {
                return $"{prefix} is a link to {target}";
            }
        }

        return $"it resolves to {PathInsideRoot.RealPath(FullPath(relativePath)) ?? "a loop of links"}";
    }

    public bool DirectoryExists(string relativePath) => Directory.Exists(FullPath(relativePath));

    /// <summary>Paths relative to the root, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> MarkdownFiles(string language) =>
        DirectoryExists(language)
            ? [.. Directory.EnumerateFiles(FullPath(language), "*.md", SearchOption.TopDirectoryOnly)
                .Select(ToRelative).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>How diagnostics name a content file: relative to the working directory, so terminals can open it.</summary>
    public string DisplayPath(string relativePath) => Display(FullPath(relativePath), _workingDirectory);

    /// <summary>A path relative to the working directory when it is below it, else the full path.</summary>
    public static string Display(string fullPath) => Display(fullPath, Directory.GetCurrentDirectory());

    private static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }

    public string ToRelative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Reads a text file as strict UTF-8 with LF line ends; reports empty and non-UTF-8 files.
    /// </summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics)
    {
        var displayPath = DisplayPath(relativePath);
        if (LeavesRoot(relativePath))
        {
            ReportLeaving(relativePath, relativePath, SourceLocation.File(displayPath), diagnostics);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FullPath(relativePath));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), DiagnosticCodes.UnreadableFile, $"the file cannot be read: {error.Message.TrimEnd('.')}",
                "a link to a file that is gone, or a file without read permission: restore the file, or delete it");
            return null;
        }

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
        if (string.IsNullOrWhiteSpace(text))
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
