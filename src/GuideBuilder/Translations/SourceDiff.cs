using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.Renderer;

namespace GuideBuilder.Translations;

/// <summary>
/// The diff that <c>guide translations --diff</c> prints: a unified diff of the source a
/// translation was made from and the source now, with every paragraph, list item, heading, table
/// row and front-matter field reflowed onto one line first, so that re-wrapping shows nothing and
/// a changed word shows the one paragraph it is in (the fingerprint ignores re-wrapping too).
/// </summary>
public static partial class SourceDiff
{
    private const int ContextLines = 2;

    /// <returns>The diff, or an empty string when the texts differ only in wrapping and spacing.</returns>
    public static string Between(string before, string after, string label)
    {
        var old = Reflow(before);
        var now = Reflow(after);
        return old == now ? "" : new UnidiffRenderer(contextLines: ContextLines).Generate(old, now, $"{label} (translated from)", $"{label} (now)", ignoreWhitespace: false, ignoreCase: false);
    }

    public static string Reflow(string text)
    {
        var lines = new List<string>();
        StringBuilder? block = null;
        void Flush()
        {
            if (block is not null)
            {
                lines.Add(block.ToString());
                block = null;
            }
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                Flush();
                if (lines.Count > 0 && lines[^1].Length > 0)
                {
                    lines.Add("");
                }
            }
            else if (block is null || StartsBlock().IsMatch(line))
            {
                Flush();
                var indent = line[..(line.Length - line.TrimStart().Length)];
                block = new StringBuilder(indent).Append(Collapse(line));
            }
            else
            {
                block.Append(' ').Append(Collapse(line));
            }
        }

        Flush();
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static string Collapse(string line) => Fingerprint.Normalize(line);

    // A line that begins its own block whatever comes before it: a heading, quote, table row,
    // list item, box fence, figure fence, front-matter delimiter, YAML key, footnote or image.
    [GeneratedRegex(@"^\s*(#|>|\||[-*+]\s|\d+[.)]\s|:::|\^\^\^|---|[A-Za-z][\w-]*:(\s|$)|\[\^[^\]]+\]:|!\[)")]
    private static partial Regex StartsBlock();
}
