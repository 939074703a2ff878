using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>
/// An index mark, <c>{^ Term &gt; Sub-entry | see also: Other | sort: Key}</c>: invisible in the text,
/// it becomes an anchor that the index links to (a "see" mark only adds a cross-reference to the index).
/// </summary>
public sealed class IndexMarkInline : LeafInline
{
    public required string Term { get; init; }

    public string? SubEntry { get; init; }

    public string? See { get; init; }

    public string? SeeAlso { get; init; }

    public string? SortKey { get; init; }

    /// <summary>What is wrong with the mark as written, reported by the parser's checks (GB075).</summary>
    public string? Problem { get; init; }

    /// <summary>The id of the anchor in the page, given once the module's marks are numbered; null for a "see" mark.</summary>
    public string? Anchor { get; set; }

    /// <summary>A "see" mark sends the reader to another entry and marks no place.</summary>
    public bool MarksPlace => See is null;
}
