namespace GuideBuilder.Theme;

/// <summary>
/// Finds the theme and the interface strings: an explicit folder first; then the guide
/// project's own <c>themes/default</c> and <c>translations/</c> beside the content folder (so an
/// editor can change them and see the result); then the copies shipped with the tool.
/// </summary>
public static class ThemeLocator
{
    public static string ThemeFolder(string? explicitFolder, string contentRoot) =>
        Locate(explicitFolder, contentRoot, Path.Combine("themes", "default"), "layouts");

    public static string UiStringsFolder(string? explicitFolder, string contentRoot) =>
        Locate(explicitFolder, contentRoot, "translations", null);

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
