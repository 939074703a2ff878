using System.Text.RegularExpressions;
using GuideBuilder.Build;

namespace GuideBuilder.Tests.Support;

/// <summary>
/// The mini guide with markup that would run script appended to every text an author or
/// translator writes: every free-text front-matter field, every interface string, the guide's
/// titles, the glossary and the body (a paragraph, a heading, a marked term, an index mark and cross-references). It still builds. (Not the durations: they are read as minutes,
/// and text there is an error, GB090; the interface strings that write them are hostile.)
/// </summary>
public sealed partial class HostileGuide : IDisposable
{
    public const string Payload = "<img src=x onerror=alert(1)>\"'&";

    private static readonly string[] TextKeys =
        ["title", "short-title", "summary", "name", "role", "country", "quote", "description", "en", "fr", "es", "edition"];

    public HostileGuide()
    {
        Guide = new TempGuide();
        UiStrings = Path.Combine(Guide.Root, "translations");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.UiStrings, "*.yml"))
        {
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(UiStrings).FullName, Path.GetFileName(file)), Hostile(File.ReadAllText(file), uiStrings: true));
        }

        foreach (var file in Directory.EnumerateFiles(Guide.Content, "*.md", SearchOption.AllDirectories))
        {
            var text = Hostile(File.ReadAllText(file), uiStrings: false);
            File.WriteAllText(file, text + $"\n\n## Heading {Payload}\n\n{Payload} in the body.\n" + BodyConstructs);
        }

        // A glossary whose term, plural and definition carry the payload, marked in every module (a toggletip, the glossary page and section).
        foreach (var language in new[] { "en", "fr", "es" })
        {
            Guide.Write($"{language}/glossary.yml", $"hostile:\n  term: {Quoted("Term")}\n  plural: {Quoted("Terms")}\n  definition: |\n    Definition {Payload} with *emphasis*.\n");
        }

        var settings = Hostile(File.ReadAllText(Guide.PathOf("guide.yml")), uiStrings: false);
        File.WriteAllText(Guide.PathOf("guide.yml"), settings
            + $"publisher:\n  en: {Quoted("Publisher")}\n  fr: {Quoted("Éditeur")}\n  es: {Quoted("Editor")}\n"
            + $"licence:\n  en: {Quoted("Licence")}\n  fr: {Quoted("Licence")}\n  es: {Quoted("Licencia")}\n"
            + $"edition: {Quoted("2")}\ntrainer-edition: true\n");
    }

    /// <summary>The payload in alt text, image and link titles, a footnote, table cells, box titles and a video's description.</summary>
    private static readonly string BodyConstructs =
        $"\n![Chart {Payload}](media/figures/chart.svg \"{Payload.Replace("\"", "\\\"")}\")\n\n"
        + $"[A link](https://example.org/ \"{Payload.Replace("\"", "\\\"")}\") with a note.[^hostile]\n\n"
        + $"| Head {Payload} | B |\n| --- | --- |\n| Cell {Payload} | `{Payload}` |\n\n"
        + $"::: case-study {Payload}\nStory {Payload}\n:::\n\n"
        + $"::: video https://example.org/talk.mp4\nTalk {Payload}\n:::\n\n"
        + $"A [marked term {Payload}](term:hostile) in the text.\n\n"
        + $"An index mark{{^ Index {Payload} | sort: {Payload}}} and cross-references: [see {Payload}](ref:alpha), [](ref:alpha).\n\n"
        + $"[^hostile]: Note {Payload}\n";

    public TempGuide Guide { get; }

    public string UiStrings { get; }

    public BuildOptions Options(params string[] formats) => Guide.Options(formats) with { UiStringsDirectory = UiStrings };

    public void Dispose() => Guide.Dispose();

    /// <summary>The payload appended to a YAML value, as a double-quoted YAML string.</summary>
    private static string Quoted(string value) => "\"" + (value + " " + Payload).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Hostile(string yaml, bool uiStrings)
    {
        var lines = yaml.Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (KeyValue().Match(line) is { Success: true } pair && (uiStrings || TextKeys.Contains(pair.Groups["key"].Value)))
            {
                lines[i] = pair.Groups["head"].Value + Quoted(Unquoted(pair.Groups["value"].Value));
            }
            else if (!uiStrings && ListItem().Match(line) is { Success: true } item)
            {
                lines[i] = item.Groups["head"].Value + Quoted(item.Groups["value"].Value);
            }
            else if (!uiStrings && BlockStart().Match(line) is { Success: true } block)
            {
                // A Markdown block (instructions, facilitator notes): one more line of hostile text.
                lines.Insert(i + 1, block.Groups["indent"].Value + "  " + Payload);
                i++;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>A YAML scalar as text: double-quoted ones may hold escapes (\u00A0), which YAML keeps when the string is quoted again.</summary>
    private static string Unquoted(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? Regex.Unescape(value[1..^1]) : value;

    [GeneratedRegex("^(?<head>\\s*(- )?(?<key>[a-z_-]+): )(?<value>[^|>\\s#\"].*|\"[^\"]*\")$")]
    private static partial Regex KeyValue();

    [GeneratedRegex("^(?<head>\\s+- )(?<value>[^:]+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex("^(?<indent>\\s*)[a-z-]+: \\|$")]
    private static partial Regex BlockStart();
}
