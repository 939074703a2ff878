using System.Buffers;
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

            InlineText.AppendTrimmed(text, block);
            text.Append(' ');
        }

        Flush();
        return sections;

        void Flush()
        {
            var content = Collapse(text);
            if (content.Length > 0 || heading is not null)
            {
                sections.Add(new SectionText(anchor, heading, content));
            }

            text.Clear();
        }
    }

    /// <summary>
    /// The text with every run of breaking white space made one space and none at either end, in UTF-8.
    /// Only breaking white space folds: French no-break spaces before : ; ? ! stay as written.
    /// </summary>
    /// <remarks>Folded while copied, rather than split into words and joined again: a section's words were most of the Markdown stage's garbage.</remarks>
    private static byte[] Collapse(StringBuilder text)
    {
        var folded = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    if (c is not (' ' or '\t' or '\r' or '\n'))
                    {
                        folded[length++] = c;
                    }
                    else if (length > 0 && folded[length - 1] != ' ')
                    {
                        folded[length++] = ' ';
                    }
                }
            }

            if (length > 0 && folded[length - 1] == ' ')
            {
                length--;
            }

            return Encoding.UTF8.GetBytes(folded, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }
}
