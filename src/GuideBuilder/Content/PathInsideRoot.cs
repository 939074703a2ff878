namespace GuideBuilder.Content;

/// <summary>
/// Resolves a path the way the file system will open it, following the symbolic link (or
/// junction) of every component, and says whether the result is still inside a root folder.
/// Reading a file through a link such as <c>media/etc -&gt; /etc</c> would publish whatever it
/// points to, so every file GuideBuilder reads from the content goes through here.
/// </summary>
public static class PathInsideRoot
{
    /// <summary>More links than this on one path is a loop (the limit Linux uses).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The physical path of <paramref name="relativePath"/> below <paramref name="root"/>, or null when a link leads it outside.</summary>
    public static string? Resolve(string root, string relativePath)
    {
        var realRoot = RealPath(root);
        var real = RealPath(Path.Combine(Path.GetFullPath(root), relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return real is not null && realRoot is not null && IsInside(real, realRoot) ? real : null;
    }

    /// <summary>
    /// The path with every link followed, component by component; parts that do not exist are kept
    /// as written. Null for a loop of links.
    /// </summary>
    public static string? RealPath(string path)
    {
        // Not Path.GetFullPath: it would take 'link/..' back to the folder holding the link, while
        // the system goes to the parent of wherever the link leads.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(Split(full, current));
        var links = 0;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // Go on from the link's target, read component by component as well: it may hold links
            // and '..' that only mean something once the links before them are followed.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var component in target.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.AddFirst(component);
            }
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it (both already real paths).</summary>
    public static bool IsInside(string path, string root)
    {
        var trimmedRoot = root.TrimEnd(Separators);
        var trimmedPath = path.TrimEnd(Separators);
        return trimmedPath.Equals(trimmedRoot, Comparison)
            || (trimmedPath.StartsWith(trimmedRoot, Comparison) && trimmedPath.Length > trimmedRoot.Length
                && Separators.Contains(trimmedPath[trimmedRoot.Length]))
            || trimmedRoot.Length == 0;
    }

    private static string[] Split(string fullPath, string pathRoot) =>
        fullPath[pathRoot.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
