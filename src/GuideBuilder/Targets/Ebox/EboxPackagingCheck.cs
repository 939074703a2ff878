using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets.Ebox;

/// <summary>
/// Checks the E-box's own file paths before they are written, for the places it is copied to: the
/// CD-ROM image (Joliet keeps 64 characters of a name), a Windows PC (reserved device names, no
/// trailing dot or space, a folder deep in Documents leaves about 100 of its 260 characters) and
/// any file system that ignores case. Media names are checked where the content names them (GB046);
/// this check also sees the names the build makes and the theme's files.
/// </summary>
public static class EboxPackagingCheck
{
    /// <summary>The longest path from the E-box's root, so that it can be copied under a deep Windows folder.</summary>
    public const int MaxPathLength = 150;

    public static void Check(IReadOnlyList<EboxPath> files, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var byFoldedName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var parts = file.Path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var node = string.Join('/', parts[..(i + 1)]);
                if (reported.Add(node))
                {
                    CheckName(node, parts[i], file.Origin, byFoldedName, diagnostics);
                }
            }

            if (file.Path.Length > MaxPathLength)
            {
                diagnostics.Warning(file.Origin, DiagnosticCodes.EboxPathTooLong,
                    $"the E-box path '{file.Path}' has {file.Path.Length} characters; copied into a deep Windows folder it passes the 260 that Windows allows",
                    $"keep every path in the E-box within {MaxPathLength} characters: shorten the folder and file names that make it");
            }
        }
    }

    private static void CheckName(string node, string name, SourceLocation origin, Dictionary<string, string> byFoldedName, DiagnosticBag diagnostics)
    {
        if (name.Length > PortableFileName.JolietLength)
        {
            diagnostics.Warning(origin, DiagnosticCodes.EboxPathTooLong,
                $"the E-box name '{name}' (in '{node}') has {name.Length} characters; the CD-ROM image keeps {PortableFileName.JolietLength} for Windows, so links to it break there",
                $"shorten it to {PortableFileName.JolietLength} characters or fewer");
        }

        if (PortableFileName.Problem(name) is { } problem)
        {
            diagnostics.Error(origin, DiagnosticCodes.EboxNameNotPortable,
                $"the E-box name '{node}' {problem}; the E-box cannot be copied to a Windows PC", "rename the file that makes it");
        }

        var parent = node.Contains('/') ? node[..node.LastIndexOf('/')] : null;
        if (parent is not null && byFoldedName.TryGetValue(parent, out var parentSeen) && parentSeen != parent)
        {
            return; // inside a folder already reported for its case: its files would only repeat it
        }

        if (byFoldedName.TryGetValue(node, out var other))
        {
            diagnostics.Error(origin, DiagnosticCodes.EboxNamesDifferInCase,
                $"the E-box names '{other}' and '{node}' differ only in case; on Windows, macOS and the CD-ROM one overwrites the other",
                "rename one of them so that the names differ in more than case");
        }
        else
        {
            byFoldedName[node] = node;
        }
    }
}
