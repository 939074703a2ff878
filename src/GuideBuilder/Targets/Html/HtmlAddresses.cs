using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>
/// Where every address of one HTML output (the site or the E-box) leads, and which media files
/// its pages used: only those are copied.
/// </summary>
public sealed class HtmlAddresses(GuideDocument document, Addressing addressing)
{
    private readonly Dictionary<(string Language, string Id), string> _pageFiles = document.Editions
        .SelectMany(e => e.Pages.Select(p => (Key: (e.Language, p.Id), File: Addressing.PageFile(e.Language, p)))
            .Append((Key: (e.Language, BookIndex.PageId), File: Addressing.IndexFile(e.Language))))
        .ToDictionary(pair => pair.Key, pair => pair.File);

    private readonly HashSet<string> _usedAssets = new(StringComparer.Ordinal);

    public Addressing Addressing => addressing;

    /// <summary>Content paths of the media files that rendered pages used, sorted.</summary>
    public IReadOnlyList<string> UsedAssets
    {
        get
        {
            lock (_usedAssets)
            {
                return [.. _usedAssets.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Resolves addresses for the page written to <paramref name="fromFile"/> in <paramref name="language"/>'s edition.</summary>
    public IAddressResolver From(string fromFile, string language) => new PageAddressResolver(this, fromFile, language);

    /// <summary>Records the media files of a page taken from the build cache, as if it had been rendered.</summary>
    internal void UseAll(IEnumerable<string> contentPaths)
    {
        foreach (var path in contentPaths)
        {
            Use(path);
        }
    }

    /// <summary>The file of a page; the planner's name (which no module id can be) stands for the workshop planner, and an edition without an index sends its index's address (the language switcher's) to its home page.</summary>
    public string PageFile(string language, string? id) =>
        id is null || (id == BookIndex.PageId && document.FindEdition(language)?.Index.IsEmpty != false) ? Addressing.HomeFile(language)
        : id == Addressing.PlannerName ? Addressing.PlannerFile(language) : _pageFiles[(language, id)];

    internal void Use(string contentPath)
    {
        lock (_usedAssets)
        {
            _usedAssets.Add(contentPath);
        }
    }
}
