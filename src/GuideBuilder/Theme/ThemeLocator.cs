using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Theme;

/// <summary>
/// Finds the theme and the interface strings: an explicit folder first; then the guide
/// project's own <c>themes/default</c> and <c>translations/</c> beside the content folder (so an
/// editor can change them and see the result); then the copies shipped with the tool.
/// </summary>
public static class ThemeLocator
{
    /// <summary>The folder, beside guide.yml, whose files override the theme's one by one.</summary>
    public const string OverrideFolder = "theme";

    public static string ThemeFolder(string? explicitFolder, string contentRoot) =>
        Locate(explicitFolder, contentRoot, Path.Combine("themes", "default"), "layouts");

    public static string UiStringsFolder(string? explicitFolder, string contentRoot) =>
        Locate(explicitFolder, contentRoot, "translations", null);

    /// <summary>
    /// The theme a build uses: the guide's own <c>theme/</c> folder over the base theme, which is
    /// --theme, else guide.yml's <c>theme:</c> (a folder inside the guide's project folder, the
    /// content folder's parent), else the default theme. Null, with an error, when guide.yml names
    /// a folder that is not a theme or lies outside the project.
    /// </summary>
    public static ThemeLayers? Layers(string? explicitFolder, string contentRoot, LocatedText? configured, DiagnosticBag diagnostics)
    {
        var baseFolder = explicitFolder is null && configured is not null
            ? Configured(contentRoot, configured, diagnostics)
            : ThemeFolder(explicitFolder, contentRoot);
        if (baseFolder is null)
        {
            return null;
        }

        var own = Path.Combine(Path.GetFullPath(contentRoot), OverrideFolder);
        if (!Directory.Exists(own) || own == baseFolder)
        {
            return new ThemeLayers([baseFolder]);
        }

        return StaysInside(new ContentFolder(contentRoot), own, diagnostics) ? new ThemeLayers([own, baseFolder]) : null;
    }

    /// <summary>
    /// True when every file of a theme the guide brings (its theme/ folder, or the base theme guide.yml
    /// names) resolves inside <paramref name="root"/>: the theme's assets are published, so a link there
    /// (or the folder itself as a link) could put any file of the machine on the site. Each one that
    /// leaves is an error at the file.
    /// </summary>
    private static bool StaysInside(ContentFolder root, string own, DiagnosticBag diagnostics)
    {
        var inside = true;
        var files = ThemeFolderWalk.Entries(own)
            .Select(entry => Path.GetRelativePath(root.Root, entry.Path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files.Where(root.LeavesRoot))
        {
            root.ReportLeaving(relative, relative, new SourceLocation(root.FullPath(relative), 1, 1), diagnostics);
            inside = false;
        }

        return inside;
    }

    private static string? Configured(string contentRoot, LocatedText configured, DiagnosticBag diagnostics)
    {
        var project = Path.GetFullPath(Path.Combine(contentRoot, ".."));
        var written = configured.Text.Replace('\\', '/');
        var folder = Path.GetFullPath(Path.Combine(project, written));
        var inside = !Path.IsPathRooted(written) && Path.GetRelativePath(project, folder) is var relative
            && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        if (!inside)
        {
            diagnostics.Error(configured.Location, DiagnosticCodes.ThemeNotFound, $"the theme '{configured.Text}' is outside the guide's folder",
                $"give a folder relative to {ContentFolder.Display(project)}, such as themes/our-theme, or pass --theme DIR");
            return null;
        }

        if (!Directory.Exists(Path.Combine(folder, "layouts")))
        {
            diagnostics.Error(configured.Location, DiagnosticCodes.ThemeNotFound, $"'{configured.Text}' is not a theme: {ContentFolder.Display(folder)} has no layouts/ folder",
                "copy themes/default to start a theme, or override single files in a theme/ folder beside guide.yml ('guide theme eject')");
            return null;
        }

        return StaysInside(new ContentFolder(project), folder, diagnostics) ? folder : null;
    }

    private static string Locate(string? explicitFolder, string contentRoot, string relative, string? marker)
    {
        if (explicitFolder is not null)
        {
            return Path.GetFullPath(explicitFolder);
        }

        var besideContent = Path.GetFullPath(Path.Combine(contentRoot, "..", relative));
        if (Directory.Exists(marker is null ? besideContent : Path.Combine(besideContent, marker)))
        {
            return besideContent;
        }

        return Path.Combine(AppContext.BaseDirectory, relative);
    }
}
