using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>
/// Turns a path written in content (<c>media/figures/a.svg</c>) into the file it means for one
/// language: the language's own <c>media/</c> folder first, then the shared one.
/// </summary>
public sealed class MediaResolver(ContentFolder folder)
{
    public MediaReference? Resolve(string written, string language, SourceLocation at, DiagnosticBag diagnostics)
    {
        var path = written.Trim().Replace('\\', '/');
        if (IsExternal(path))
        {
            diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"'{written}' is a web address, not a file of the guide",
                "use 'url:' for web addresses, or put the file under media/ and name it here");
            return null;
        }

        if (!StaysInside(path))
        {
            diagnostics.Error(at, DiagnosticCodes.PathEscapesContent, $"'{written}' points outside the content folder",
                "media paths are relative to the content folder, e.g. media/figures/chart.svg");
            return null;
        }

        var normalized = Normalize(path);
        foreach (var candidate in new[] { $"{language}/{normalized}", normalized })
        {
            if (folder.FileExists(candidate))
            {
                if (folder.LeavesRoot(candidate))
                {
                    folder.ReportLeaving(candidate, written, at, diagnostics);
                    return null;
                }

                return CheckPortable(candidate, at, diagnostics) ? new MediaReference(written, candidate, at) : null;
            }
        }

        diagnostics.Error(at, DiagnosticCodes.MissingMedia, $"media file '{written}' does not exist",
            $"looked for {language}/{normalized} and {normalized} in the content folder");
        return null;
    }

    /// <summary>
    /// Media files are copied into the site and the E-box under their own names, and the E-box
    /// goes onto USB sticks and CD-ROMs: a name Windows cannot hold is an error, one the CD-ROM
    /// image would shorten a warning.
    /// </summary>
    private static bool CheckPortable(string resolvedPath, SourceLocation at, DiagnosticBag diagnostics)
    {
        var portable = true;
        foreach (var part in resolvedPath.Split('/'))
        {
            if (PortableFileName.Problem(part) is { } problem)
            {
                diagnostics.Error(at, DiagnosticCodes.NonPortableFileName, $"the media name '{part}' {problem}; the E-box cannot be copied to a Windows PC or a USB stick",
                    $"rename it, e.g. to '{Suggest(part)}', and write the new name here");
                portable = false;
            }
            else if (PortableFileName.TooLong(part))
            {
                diagnostics.Warning(at, DiagnosticCodes.NonPortableFileName, $"the media name '{part}' is longer than {PortableFileName.JolietLength} characters; the CD-ROM image cannot hold it",
                    $"rename it, e.g. to '{Suggest(part)}', and write the new name here");
            }
        }

        return portable;
    }

    private static string Suggest(string name)
    {
        var extension = Path.GetExtension(name);
        extension = extension.Length is > 1 and <= 6 && PortableFileName.SlugPattern().IsMatch(extension[1..].ToLowerInvariant()) ? extension.ToLowerInvariant() : "";
        return PortableFileName.SuggestSlug(name[..^extension.Length]) + extension;
    }

    /// <summary>
    /// The file a language would use for a path found by convention (a video's captions and
    /// poster), if it exists; one that a link takes outside the content folder, or whose name a
    /// Windows PC cannot hold, is reported at <paramref name="at"/>, where the content names what
    /// it belongs to, and not used.
    /// </summary>
    public string? Find(string normalizedPath, string language, SourceLocation at, DiagnosticBag diagnostics)
    {
        var found = Existing(normalizedPath, language);
        if (found is not null && folder.LeavesRoot(found))
        {
            folder.ReportLeaving(found, found, at, diagnostics);
            return null;
        }

        return found is not null && CheckPortable(found, at, diagnostics) ? found : null;
    }

    private string? Existing(string normalizedPath, string language) =>
        folder.FileExists($"{language}/{normalizedPath}") ? $"{language}/{normalizedPath}"
        : folder.FileExists(normalizedPath) ? normalizedPath
        : null;

    public static bool IsExternal(string path) =>
        path.Contains("://", StringComparison.Ordinal) || path.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("//", StringComparison.Ordinal);

    private static bool StaysInside(string path)
    {
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
        {
            return false;
        }

        var depth = 0;
        foreach (var segment in path.Split('/'))
        {
            depth += segment switch
            {
                ".." => -1,
                "." or "" => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
