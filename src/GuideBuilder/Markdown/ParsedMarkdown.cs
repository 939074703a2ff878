using GuideBuilder.Content;
using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>A piece of Markdown parsed once, with its heading ids assigned and its anchors known.</summary>
public sealed class ParsedMarkdown(MarkdownDocument document, LocatedText origin, IReadOnlySet<string> anchors, IReadOnlyList<HeadingInfo> headings)
{
    public MarkdownDocument Document { get; } = document;

    public LocatedText Origin { get; } = origin;

    public IReadOnlySet<string> Anchors { get; } = anchors;

    public IReadOnlyList<HeadingInfo> Headings { get; } = headings;

    public Diagnostics.SourceLocation LocationOf(MarkdownObject node) =>
        Origin.Location with
        {
            Line = Origin.Location.Line + node.Line,
            Column = (node.Line == 0 ? Origin.Location.Column : 1) + node.Column,
        };
}
