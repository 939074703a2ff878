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

    /// <summary>Stands for a space of the translator's text while wrapping: only there may a line break go, never inside a code's Markdown.</summary>
    private const char Breakable = '\0';

    /// <summary>Characters that may start a block (a list, a heading, a quote, HTML…) when a wrapped line starts with them.</summary>
    private const string UnsafeLineStart = "-+*=:#>|<~`{_";

    public static string Render(IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes, bool markdown)
    {
        var builder = new StringBuilder();
        Append(builder, content, codes, markdown, wrapping: false);
        return builder.ToString().Trim();
    }

    /// <summary>A Markdown unit rendered with its lines broken as the source's were (<see cref="LineWrap"/>).</summary>
    public static string Render(IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes, LineWrap wrap)
    {
        var builder = new StringBuilder();
        Append(builder, content, codes, markdown: true, wrapping: true);
        var words = builder.ToString().Trim(Breakable, ' ').Split(Breakable, StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        var column = wrap.FirstLineOffset;
        foreach (var word in words)
        {
            if (text.Length > 0 && column + 1 + word.Length > wrap.Width && MayStartLine(word))
            {
                text.Append('\n').Append(wrap.Prefix);
                column = wrap.Prefix.Length;
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
                column++;
            }

            text.Append(word);
            var lastBreak = word.LastIndexOf('\n');
            column = lastBreak < 0 ? column + word.Length : word.Length - lastBreak - 1;
        }

        return text.ToString();
    }

    private static bool MayStartLine(string word) => !UnsafeLineStart.Contains(word[0]) && !char.IsAsciiDigit(word[0]);

    private static void Append(StringBuilder builder, IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes, bool markdown, bool wrapping)
    {
        foreach (var part in content)
        {
            switch (part)
            {
                case XliffText text:
                    var folded = string.Join(' ', text.Text.Split([' ', '\n', '\r', '\t']).Where(w => w.Length > 0));
                    var spaced = (text.Text.Length > 0 && char.IsWhiteSpace(text.Text[0]) ? " " : "") + folded
                        + (folded.Length > 0 && char.IsWhiteSpace(text.Text[^1]) ? " " : "");
                    var escaped = markdown ? Escape(spaced, builder.ToString().Trim(Breakable, ' ').Length == 0) : spaced;
                    builder.Append(wrapping ? escaped.Replace(' ', Breakable) : escaped);
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
                    Append(builder, paired.Children, codes, markdown, wrapping);
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
