using System.Text;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Writes a translated unit back as Markdown: the translator's text escaped so that it stays text
/// (a <c>*</c>, <c>[</c> or <c>&lt;</c> typed in a CAT tool is not markup), and each inline code as
/// the source's own Markdown. A plain-text unit (a front-matter field, a box title) is its text on one line.
/// </summary>
public static class MarkdownText
{
    /// <summary>Characters that start markup anywhere in a line. Quotes and dashes stay as typed: they are typeset.</summary>
    private const string Always = "\\`*_[]<>{}|&#^~!";

    /// <summary>Characters that start a block at the start of a line (a list, a quote, a box).</summary>
    private const string AtStart = "-+=:>";

    public static string Render(IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes, bool markdown)
    {
        var builder = new StringBuilder();
        Append(builder, content, codes, markdown);
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes, bool markdown)
    {
        foreach (var part in content)
        {
            switch (part)
            {
                case XliffText text:
                    var folded = string.Join(' ', text.Text.Split([' ', '\n', '\r', '\t']).Where(w => w.Length > 0));
                    var spaced = (text.Text.Length > 0 && char.IsWhiteSpace(text.Text[0]) ? " " : "") + folded
                        + (folded.Length > 0 && char.IsWhiteSpace(text.Text[^1]) ? " " : "");
                    builder.Append(markdown ? Escape(spaced, builder.ToString().Trim().Length == 0) : spaced);
                    break;
                case XliffPlaceholder placeholder:
                    builder.Append(codes.First(c => c.Id == placeholder.Id).Start);
                    break;
                case XliffPaired paired when codes.First(c => c.Id == paired.Id) is { SubType: InlineCodes.IndexSubType } index:
                    // An index entry is the mark's own syntax (Entry > Sub | see: X): written as typed, on one line, without a closing brace.
                    builder.Append(index.Start).Append(IndexEntry(paired.Children)).Append(index.End);
                    break;
                case XliffPaired paired:
                    var code = codes.First(c => c.Id == paired.Id);
                    builder.Append(code.Start);
                    Append(builder, paired.Children, codes, markdown);
                    builder.Append(code.End);
                    break;
            }
        }
    }

    private static string IndexEntry(IReadOnlyList<XliffPart> children) =>
        string.Join(' ', string.Concat(children.OfType<XliffText>().Select(t => t.Text)).Replace('}', ')').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Escape(string text, bool atStart)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = atStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && c == ' ')
            {
                builder.Append(c);
                continue;
            }

            if (Always.Contains(c) || (lineStart && AtStart.Contains(c)) || (lineStart && OrderedListMarker(text, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = lineStart && char.IsAsciiDigit(c);
        }

        return builder.ToString();
    }

    /// <summary>The '.' or ')' of "1." at the start of a line, which would start a numbered list.</summary>
    private static bool OrderedListMarker(string text, int index) =>
        text[index] is '.' or ')' && index > 0 && text[..index].TrimStart().All(char.IsAsciiDigit);
}
