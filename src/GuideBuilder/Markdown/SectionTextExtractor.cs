using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>Splits a module body into sections at its headings, as plain text for search.</summary>
public static class SectionTextExtractor
{
    public static IReadOnlyList<SectionText> Extract(ParsedMarkdown parsed)
    {
        var sections = new List<SectionText>();
        string? anchor = null;
        string? heading = null;
        var text = new StringBuilder();
        foreach (var block in parsed.Document)
        {
            if (block is HeadingBlock headingBlock)
            {
                Flush();
                anchor = headingBlock.GetAttributes().Id;
                heading = InlineText.Of(headingBlock.Inline);
                continue;
            }

            if (block is FootnoteGroup)
            {
                continue;
            }

            text.Append(InlineText.Of(block)).Append(' ');
        }

        Flush();
        return sections;

        void Flush()
        {
            var content = Collapse(text.ToString());
            if (content.Length > 0 || heading is not null)
            {
                sections.Add(new SectionText(anchor, heading, content));
            }

            text.Clear();
        }
    }

    // Only breaking whitespace folds: French no-break spaces before : ; ? ! stay as written.
    private static string Collapse(string text)
    {
        var span = text.AsSpan();
        var collapsed = new System.Text.StringBuilder(text.Length);
        foreach (var range in span.SplitAny(" \t\r\n"))
        {
            if (span[range] is { IsEmpty: false } word)
            {
                (collapsed.Length > 0 ? collapsed.Append(' ') : collapsed).Append(word);
            }
        }

        return collapsed.ToString();
    }
}
