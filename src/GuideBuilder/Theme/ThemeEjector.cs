namespace GuideBuilder.Theme;

/// <summary>
/// <c>guide theme eject</c>: copies files of the base theme into a guide's theme/ folder, where
/// they override the base theme, to start an organisation's theme from. Never replaces a file
/// there unless asked to.
/// </summary>
public static class ThemeEjector
{
    /// <param name="requested">Theme files or folders (layouts, partials/footer.sbn-html); none means every file.</param>
    /// <returns>What was copied, what was left because it exists, and what the theme does not have.</returns>
    public static ThemeEjection Eject(string baseTheme, string contentRoot, IReadOnlyList<string> requested, bool force)
    {
        var all = new ThemeLayers([baseTheme]).FilesUnder(".");
        var unknown = new List<string>();
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in requested.Select(r => r.Replace('\\', '/').Trim('/')))
        {
            var matches = all.Where(f => f == name || f.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
            if (name.Length == 0 || name.Split('/').Contains("..") || matches.Count == 0)
            {
                unknown.Add(name);
            }

            chosen.UnionWith(matches);
        }

        if (requested.Count == 0)
        {
            chosen.UnionWith(all);
        }

        var target = Path.Combine(Path.GetFullPath(contentRoot), ThemeLocator.OverrideFolder);
        var copied = new List<string>();
        var kept = new List<string>();
        foreach (var file in unknown.Count > 0 ? [] : chosen)
        {
            var destination = Path.Combine(target, file);
            if (File.Exists(destination) && !force)
            {
                kept.Add(file);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(baseTheme, file), destination, overwrite: true);
            copied.Add(file);
        }

        return new ThemeEjection(copied, kept, unknown, all);
    }
}
