using GuideBuilder.Content;

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

        var copied = new List<string>();
        var kept = new List<string>();
        var leaving = new List<string>();
        foreach (var file in unknown.Count > 0 ? [] : chosen)
        {
            // Written where the links of theme/ really lead: a guide from elsewhere may hold
            // theme/assets/guide.css -> ~/.bashrc, which --force would otherwise overwrite.
            var destination = PathInsideRoot.Resolve(contentRoot, $"{ThemeLocator.OverrideFolder}/{file}");
            if (destination is null)
            {
                leaving.Add(file);
                continue;
            }

            if (File.Exists(destination) && !force)
            {
                kept.Add(file);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(baseTheme, file), destination, overwrite: true);
            copied.Add(file);
        }

        return new ThemeEjection(copied, kept, unknown, all) { LeavingContent = leaving };
    }
}
