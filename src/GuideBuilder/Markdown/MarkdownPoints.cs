using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>
/// The plain-text structure of a piece of Markdown (its list items, its paragraphs), read from the
/// parsed tree, for outputs that lay text out themselves (slide decks) instead of parsing HTML back.
/// </summary>
public static class MarkdownPoints
{
    /// <summary>Its list items at any depth, or its paragraphs when it has no list: the points of exercise instructions.</summary>
    public static IReadOnlyList<string> ItemsOrParagraphs(ParsedMarkdown parsed, string language)
    {
        var items = parsed.Document.Descendants<ListItemBlock>().ToList();
        IEnumerable<Block> points = items.Count > 0 ? items : parsed.Document.Descendants<ParagraphBlock>();
        return [.. points.Select(block => Normalise(InlineText.Of(block, language))).Where(text => text.Length > 0)];
    }

    /// <summary>One line per paragraph or list item that is not inside another list item, in reading order.</summary>
    public static string Lines(ParsedMarkdown parsed, string language) =>
        string.Join('\n', parsed.Document.Descendants()
            .OfType<Block>()
            .Where(block => block is ParagraphBlock or ListItemBlock && !InsideListItem(block))
            .Select(block => Normalise(InlineText.Of(block, language)))
            .Where(text => text.Length > 0));

    /// <summary>All its text on one line.</summary>
    public static string Text(ParsedMarkdown parsed, string language) => Normalise(InlineText.Of(parsed.Document, language));

    private static bool InsideListItem(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListItemBlock)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
