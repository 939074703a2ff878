using GuideBuilder.Model;

namespace GuideBuilder.Targets.Html;

/// <summary>
/// Where pages live and how one page links to another. Both HTML targets keep the same files
/// (<c>&lt;lang&gt;/&lt;slug&gt;/index.html</c>) and always link relatively, so the site works under
/// any sub-path; the site drops <c>index.html</c> for pretty URLs, the E-box keeps it because
/// file:// does not open a folder's index.
/// </summary>
public sealed class Addressing(bool prettyUrls, string? absolutePath = null)
{
    public bool PrettyUrls { get; } = prettyUrls;

    /// <summary>Addressing for a page served at any URL (the site's 404 page): links from the site's root path.</summary>
    public static Addressing Absolute(string rootPath) => new(true, rootPath.TrimEnd('/') + "/");

    public static string HomeFile(string language) => $"{language}/index.html";

    public static string PageFile(string language, GuidePage page) => $"{language}/{page.Slug}/index.html";

    /// <summary>The trainer edition's workshop planner: a file, not a folder, so that no module's slug can take its place.</summary>
    public const string PlannerName = "workshop-planner.html";

    public static string PlannerFile(string language) => $"{language}/{PlannerName}";

    /// <summary>The edition's index page, beside its modules.</summary>
    public static string IndexFile(string language) => $"{language}/book-index/index.html";

    public static string AssetFile(string contentPath) => contentPath;

    public static string GlossaryFile(string language) => $"{language}/{Glossary.GlossaryLoader.Slug}/index.html";

    public static string ThemeFile(string name) => $"assets/{name}";

    public static string DownloadFile(string name) => $"downloads/{name}";

    /// <summary>The relative URL from one output file to another.</summary>
    public string Link(string fromFile, string toFile, string? fragment = null)
    {
        if (absolutePath is not null)
        {
            fromFile = "index.html";
        }

        var fromParts = fromFile.Split('/')[..^1];
        var toParts = toFile.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts[common..].Select(Uri.EscapeDataString));
        var url = up + down;
        if (PrettyUrls && (url == "index.html" || url.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            url = url[..^"index.html".Length];
            url = url.Length == 0 ? "./" : url;
        }

        url = absolutePath is null ? url : absolutePath + (url == "./" ? "" : url);
        return fragment is null ? url : $"{url}#{fragment}";
    }

    /// <summary>The path of the folder of <paramref name="toFile"/> relative to <paramref name="fromFile"/>, ending with '/' (or empty).</summary>
    public static string Directory(string fromFile, string toDirectory)
    {
        var depth = fromFile.Count(c => c == '/') - toDirectory.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", Math.Max(0, depth)));
    }
}
