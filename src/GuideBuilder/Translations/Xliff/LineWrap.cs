namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// How the source wrapped a block that an import replaces: its longest line, where its first line
/// starts on its line (after a list number), and what starts its other lines (indentation, <c>&gt;</c>).
/// </summary>
public sealed record LineWrap(int Width, int FirstLineOffset, string Prefix)
{
    /// <summary>The wrapping of the span of <paramref name="text"/>, or null when the source has it on one line.</summary>
    public static LineWrap? Of(string text, int start, int length)
    {
        var span = text.Substring(start, length);
        if (!span.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var offset = start - (text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1);
        if (start == 0 || text[start - 1] == '\n')
        {
            offset = 0;
        }

        var lines = span.Split('\n');
        var width = Math.Max(offset + lines[0].TrimEnd('\r').Length, lines.Skip(1).Max(l => l.TrimEnd('\r').Length));
        var second = lines[1];
        var prefix = second[..(second.Length - second.TrimStart(' ', '\t', '>').Length)];
        return new LineWrap(width, offset, prefix);
    }
}
