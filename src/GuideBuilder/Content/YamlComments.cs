using GuideBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GuideBuilder.Content;

/// <summary>
/// Finds texts that YAML cut at a <c>#</c>: in a plain value, <c> #</c> starts a comment, so
/// <c>summary: families #1 priority</c> reads as "families". A comment right after a plain value on
/// its line, with no space after the <c>#</c>, is almost always meant as text.
/// </summary>
internal static class YamlComments
{
    public static void WarnAboutCutTexts(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        if (!text.Contains('#', StringComparison.Ordinal))
        {
            return; // no comment to look at: skips a second YAML parse of almost every front matter
        }

        var lines = text.Split('\n');
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
        Scalar? previous = null;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar scalar:
                        previous = scalar;
                        break;
                    case Comment comment when LooksLikeText(comment, previous, lines):
                        diagnostics.Warning(new SourceLocation(path, (int)comment.Start.Line + lineOffset, (int)comment.Start.Column), DiagnosticCodes.TextCutByComment,
                            $"the text after '{previous!.Value}' is read as a YAML comment and left out",
                            $"put the value in quotes to keep the '#': \"{previous.Value} #{comment.Value}\"");
                        break;
                    default:
                        previous = null;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The syntax error itself is reported by the loader.
        }
    }

    private static bool LooksLikeText(Comment comment, Scalar? previous, string[] lines)
    {
        if (previous is not { Style: ScalarStyle.Plain } || previous.End.Line != comment.Start.Line || comment.Start.Line > lines.Length)
        {
            return false;
        }

        // The comment's value is trimmed: look at the character written after the '#'.
        var line = lines[(int)comment.Start.Line - 1];
        var after = (int)comment.Start.Column;
        return after < line.Length && !char.IsWhiteSpace(line[after]);
    }
}
