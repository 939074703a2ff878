using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Makes a translation file from the source file and the translated units: every unit's text is
/// replaced where it is in the source (front-matter values, spans of the body), so the ids, numbers,
/// tabs, paths, URLs and Markdown structure are the source's; <c>translation-of</c> records the
/// fingerprint of the source the translation was made from. A unit without a translation keeps the
/// source text behind the <c>TRANSLATE:</c> marker, so the module is in progress.
/// </summary>
public static class ModuleRewriter
{
    /// <param name="translationFileText">The translation the import updates, if any: when its front matter has the source's shape, its values are replaced in place, so its comments and layout stay.</param>
    public static string Write(string sourceFileText, IReadOnlyList<UnitReplacement> replacements, string fingerprint, string? translationFileText = null)
    {
        var split = FrontMatter.Split(sourceFileText.Replace("\r\n", "\n", StringComparison.Ordinal), "source", new DiagnosticBag())
            ?? throw new InvalidOperationException("the source file has no front matter");
        var body = Apply(split.Body, replacements.Where(r => r.Unit.FieldName == "body"));
        if (translationFileText is not null && FrontMatterInPlace.Write(split.Yaml, translationFileText, replacements.Where(r => r.Unit.FieldName != "body").ToList(), fingerprint) is { } kept)
        {
            return kept + body;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(split.Yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var field in replacements.Where(r => r.Unit.FieldName != "body").GroupBy(r => r.Unit.FieldName))
        {
            var path = field.First().Unit.Field;
            if (Find(root, path) is var (parent, key, scalar) && scalar is not null)
            {
                var value = Apply(scalar.Value ?? "", field);
                var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : scalar.Style == ScalarStyle.Plain ? ScalarStyle.Any : scalar.Style;
                Set(parent, key, new YamlScalarNode(value) { Style = style });
            }
        }

        root.Children[new YamlScalarNode("translation-of")] = new YamlScalarNode(fingerprint);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var yaml = writer.ToString().TrimEnd().TrimEnd('.').TrimEnd();
        return $"---\n{yaml}\n---\n{body}";
    }

    /// <summary>
    /// The text with each unit's span replaced, from the last to the first so that earlier positions
    /// hold; a translation is wrapped like the source block it replaces.
    /// </summary>
    internal static string Apply(string text, IEnumerable<UnitReplacement> replacements)
    {
        foreach (var replacement in replacements.OrderByDescending(r => r.Unit.Start))
        {
            var unit = replacement.Unit;
            if (unit.Start < 0 || unit.Start + unit.Length > text.Length)
            {
                continue;
            }

            var written = replacement.Text is null ? $"{TranslationStatusCalculator.Marker} {text.Substring(unit.Start, unit.Length)}"
                : unit.IsMarkdown && replacement.Target is { } target && LineWrap.Of(text, unit.Start, unit.Length) is { } wrap ? MarkdownText.Render(target, unit.Codes, wrap)
                : replacement.Text;
            text = string.Concat(text.AsSpan(0, unit.Start), written, text.AsSpan(unit.Start + unit.Length));
        }

        return text;
    }

    /// <summary>The scalar at a field path (<c>exercises/map-the-gaps/instructions</c>, <c>objectives/2</c>), with what holds it.</summary>
    internal static (YamlNode Parent, object Key, YamlScalarNode? Scalar)? Find(YamlMappingNode root, IReadOnlyList<string> path)
    {
        YamlNode node = root;
        YamlNode parent = root;
        object key = "";
        for (var i = 0; i < path.Count; i++)
        {
            parent = node;
            switch (node)
            {
                case YamlMappingNode mapping when mapping.Children.TryGetValue(new YamlScalarNode(path[i]), out var child):
                    key = new YamlScalarNode(path[i]);
                    node = child;
                    break;
                case YamlSequenceNode sequence when i > 0 && path[i - 1] == "exercises":
                    var index = sequence.Children.ToList().FindIndex(e => e is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && (id as YamlScalarNode)?.Value == path[i]);
                    if (index < 0)
                    {
                        return null;
                    }

                    key = index;
                    node = sequence.Children[index];
                    break;
                case YamlSequenceNode sequence when int.TryParse(path[i], out var number) && number >= 1 && number <= sequence.Children.Count:
                    key = number - 1;
                    node = sequence.Children[number - 1];
                    break;
                default:
                    return null;
            }
        }

        return (parent, key, node as YamlScalarNode);
    }

    private static void Set(YamlNode parent, object key, YamlNode value)
    {
        switch (parent)
        {
            case YamlMappingNode mapping:
                mapping.Children[(YamlNode)key] = value;
                break;
            case YamlSequenceNode sequence:
                sequence.Children[(int)key] = value;
                break;
        }
    }
}
