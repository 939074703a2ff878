using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record FrontMatter(string Yaml, string Body, int BodyStartLine)
{
    /// <summary>The front matter starts on line 2, after the opening <c>---</c>.</summary>
    public const int YamlLineOffset = 1;

    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        // Line by line through the text rather than splitting it all into lines: the body is one substring, not every line copied twice.
        var lineEnd = LineEnd(text, 0);
        if (text.AsSpan(0, lineEnd).TrimEnd().SequenceEqual("---") is false)
        {
            diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.NoFrontMatter, "the file does not start with front matter",
                "start the file with a line '---', the module's fields (id, module, title, tab), and another '---'");
            return null;
        }

        var yamlStart = Math.Min(lineEnd + 1, text.Length);
        for (var (start, line) = (yamlStart, 2); lineEnd < text.Length; start = lineEnd + 1, line++)
        {
            lineEnd = LineEnd(text, start);
            if (text.AsSpan(start, lineEnd - start).TrimEnd() is "---" or "...")
            {
                var yaml = text[yamlStart..Math.Max(yamlStart, start - 1)];
                var body = lineEnd < text.Length ? text[(lineEnd + 1)..] : "";
                return new FrontMatter(yaml, body, line + 1);
            }
        }

        diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.NoFrontMatter, "the front matter is not closed",
            "end the front matter with a line '---' before the body");
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}
