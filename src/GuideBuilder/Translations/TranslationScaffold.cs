using GuideBuilder.Content;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations;

/// <summary>
/// Makes a new translation file from a source module: the same front-matter structure with every
/// text to translate marked <c>TRANSLATE:</c>, ids, numbers, tabs, paths and URLs kept as they are,
/// <c>translation-of</c> set, and the body copied below a marker. Durations are kept too: <c>45 min</c> reads in every
/// language, and a marked one would not be a duration.
/// </summary>
public static class TranslationScaffold
{
    private static readonly HashSet<string> TextKeys = new(StringComparer.Ordinal)
    {
        "title", "short-title", "summary", "objectives", "key-messages", "name", "role", "country", "quote",
        "materials", "instructions", "facilitator-notes", "description",
    };

    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal) { "voices", "exercises", "resources" };

    public static string Create(string sourceText, string fingerprint)
    {
        var split = FrontMatter.Split(sourceText.Replace("\r\n", "\n", StringComparison.Ordinal), "source", new Diagnostics.DiagnosticBag())
            ?? throw new InvalidOperationException("the source file has no front matter");
        var stream = new YamlStream();
        stream.Load(new StringReader(split.Yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Mark(root);
        root.Children[new YamlScalarNode("translation-of")] = new YamlScalarNode(fingerprint);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var yaml = writer.ToString().TrimEnd().TrimEnd('.').TrimEnd();
        return $"---\n{yaml}\n---\n\n{TranslationStatusCalculator.Marker} translate this module and remove these markers, then run 'guide translations stamp' on this file.\n\n{split.Body.TrimStart('\n')}";
    }

    private static void Mark(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children.ToList())
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            switch (value)
            {
                case YamlScalarNode scalar when TextKeys.Contains(name):
                    mapping.Children[key] = Marked(scalar);
                    break;
                case YamlSequenceNode sequence when TextKeys.Contains(name):
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        if (sequence.Children[i] is YamlScalarNode item)
                        {
                            sequence.Children[i] = Marked(item);
                        }
                    }

                    break;
                case YamlSequenceNode sequence when Lists.Contains(name):
                    foreach (var entry in sequence.Children.OfType<YamlMappingNode>())
                    {
                        Mark(entry);
                    }

                    break;
            }
        }
    }

    private static YamlScalarNode Marked(YamlScalarNode scalar) =>
        new($"{TranslationStatusCalculator.Marker} {scalar.Value}") { Style = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : scalar.Style };
}
