using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record FrontMatter(string Yaml, string Body, int BodyStartLine)
{
    /// <summary>The front matter starts on line 2, after the opening <c>---</c>.</summary>
    public const int YamlLineOffset = 1;

    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.NoFrontMatter, "the file does not start with front matter",
                "start the file with a line '---', the module's fields (id, module, title, tab), and another '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, body, i + 2);
            }
        }

        diagnostics.Error(SourceLocation.File(path), DiagnosticCodes.NoFrontMatter, "the front matter is not closed",
            "end the front matter with a line '---' before the body");
        return null;
    }
}
