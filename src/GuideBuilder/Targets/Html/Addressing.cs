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
    /// <remarks>
    /// Read along the two paths rather than split into folders: every page links every page of its
    /// language from its navigation, tens of thousands of links in a big guide, and splitting and joining
    /// them allocated 17 MB on the 99-module benchmark.
    /// </remarks>
    public string Link(string fromFile, string toFile, string? fragment = null)
    {
        if (absolutePath is not null)
        {
            fromFile = "index.html";
        }

        var fromFolder = fromFile.AsSpan(0, fromFile.LastIndexOf('/') + 1);
        var toFolderLength = toFile.LastIndexOf('/') + 1;
        var common = 0;
        for (var i = 0; i < fromFolder.Length && i < toFolderLength && fromFolder[i] == toFile[i]; i++)
        {
            common = fromFolder[i] == '/' ? i + 1 : common;
        }

        var url = Up(fromFolder[common..].Count('/')) + Escaped(toFile[common..]);
        if (PrettyUrls && (url == "index.html" || url.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            url = url[..^"index.html".Length];
            url = url.Length == 0 ? "./" : url;
        }

        url = absolutePath is null ? url : absolutePath + (url == "./" ? "" : url);
        return fragment is null ? url : $"{url}#{fragment}";
    }

    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(depth => string.Concat(Enumerable.Repeat("../", depth)))];

    private static string Up(int depth) => depth < Ups.Length ? Ups[depth] : string.Concat(Enumerable.Repeat("../", depth));

    /// <summary>Each folder and file name of the path escaped for a URL (most need nothing, and are not copied).</summary>
    private static string Escaped(string path) =>
        path.AsSpan().ContainsAnyExcept(UrlSafe) ? string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) : path;

    private static readonly System.Buffers.SearchValues<char> UrlSafe =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    /// <summary>The path of the folder of <paramref name="toFile"/> relative to <paramref name="fromFile"/>, ending with '/' (or empty).</summary>
    public static string Directory(string fromFile, string toDirectory)
    {
        var depth = fromFile.Count(c => c == '/') - toDirectory.Count(c => c == '/');
        return Up(Math.Max(0, depth));
    }
}
