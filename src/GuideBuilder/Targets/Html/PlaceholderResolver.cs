using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Html;

/// <summary>
/// Replaces the address placeholders of a rendered page (see <see cref="Placeholders"/>) with
/// relative URLs from that page, and records which media files the page uses.
/// Placeholders only ever stand inside double-quoted attribute values that GuideBuilder itself
/// wrote, so a regular expression over the page is exact here and far cheaper than a DOM pass.
/// </summary>
public sealed class PlaceholderResolver(GuideDocument document, Addressing addressing)
{
    private readonly Dictionary<(string Language, string Id), string> _pageFiles = document.Editions
        .SelectMany(e => e.Pages.Select(p => (Key: (e.Language, p.Id), File: Addressing.PageFile(e.Language, p))))
        .ToDictionary(pair => pair.Key, pair => pair.File);

    /// <summary>Content paths of the media files that resolved pages used.</summary>
    public HashSet<string> UsedAssets { get; } = new(StringComparer.Ordinal);

    public string Resolve(string html, string fromFile, string language)
    {
        var used = new List<string>();
        var resolved = Placeholders.Pattern().Replace(html, match => Address(match.Groups["kind"].Value, match.Groups["rest"].Value, fromFile, language, used));
        lock (UsedAssets)
        {
            UsedAssets.UnionWith(used);
        }

        return resolved;
    }

    public string PageFile(string language, string id) =>
        id == "index" ? Addressing.HomeFile(language) : _pageFiles[(language, id)];

    private string Address(string kind, string rest, string fromFile, string language, List<string> used)
    {
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? rest[(hash + 1)..] : null;
        var path = hash >= 0 ? rest[..hash] : rest;
        switch (kind)
        {
            case "page":
                return addressing.Link(fromFile, PageFile(language, path), fragment);
            case "lang":
                var slash = path.IndexOf('/', StringComparison.Ordinal);
                return addressing.Link(fromFile, PageFile(path[..slash], path[(slash + 1)..]), fragment);
            case "asset":
                var asset = Uri.UnescapeDataString(path);
                used.Add(asset);
                return addressing.Link(fromFile, Addressing.AssetFile(asset), fragment);
            case "theme":
                return addressing.Link(fromFile, Addressing.ThemeFile(path));
            case "data":
                return addressing.Link(fromFile, $"{language}/{path}");
            case "download":
                return addressing.Link(fromFile, Addressing.DownloadFile(path));
            case "root":
                return addressing.Link(fromFile, "index.html");
            case "dir":
                return Addressing.Directory(fromFile, language + "/");
            default:
                throw new InvalidOperationException($"unknown address placeholder gb:{kind}");
        }
    }
}
