using System.Text;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Writes the translated front-matter texts into the translation's own front matter, value by value,
/// so the translator's comments and layout stay (<see cref="GlossaryStamp"/> does the same for the
/// glossary). Done only when that front matter has the source's shape: the same keys, lists and
/// values but for the texts; otherwise the caller rebuilds it from the source, whose ids, numbers,
/// tabs, paths and URLs the translation must have.
/// </summary>
public static class FrontMatterInPlace
{
    /// <returns>The translation's front matter with its delimiters, to put before the body; or null when it cannot be kept.</returns>
    public static string? Write(string sourceYaml, string translationFileText, IReadOnlyList<UnitReplacement> replacements, string fingerprint)
    {
        var split = FrontMatter.Split(translationFileText.Replace("\r\n", "\n", StringComparison.Ordinal), "translation", new DiagnosticBag());
        if (split is null || YamlText.MappingOrNull(sourceYaml) is not { } source || YamlText.MappingOrNull(split.Yaml) is not { } translation)
        {
            return null;
        }

        var fields = replacements.GroupBy(r => r.Unit.FieldName).ToList();
        var texts = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        if (Shape(source, "", texts) != Shape(translation, "", texts))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var edits = new List<(int Start, int End, string Text)>();
        foreach (var field in fields)
        {
            var path = field.First().Unit.Field;
            if (ModuleRewriter.Find(source, path) is not (_, _, { } original) || ModuleRewriter.Find(translation, path) is not (var parent, var key, { } current))
            {
                return null;
            }

            var value = ModuleRewriter.Apply(original.Value ?? "", field);
            if (Fingerprint.Normalize(value) == Fingerprint.Normalize(current.Value ?? ""))
            {
                values[field.Key] = current.Value ?? ""; // the same words: the translator's line breaks stay
                continue;
            }

            values[field.Key] = value;
            var indent = parent is YamlMappingNode mapping ? (int)mapping.Children.Keys.First(k => k.Equals(key)).Start.Column - 1 : Math.Max((int)current.Start.Column - 3, 0);
            edits.Add(YamlScalarText.Replace(split.Yaml, current, value.Contains('\n', StringComparison.Ordinal) ? YamlScalarText.Block(value, indent) : YamlScalarText.Inline(value)));
        }

        var yaml = new StringBuilder(split.Yaml);
        foreach (var (start, end, text) in edits.OrderByDescending(e => e.Start))
        {
            yaml.Remove(start, end - start).Insert(start, text);
        }

        var written = TranslationStamp.Apply($"---\n{yaml.ToString().TrimEnd('\n')}\n---\n", fingerprint);
        return Reads(written, fields, values) ? written : null;
    }

    /// <summary>Whether the edited front matter reads back with every text as written: a safety net, as the edits are textual.</summary>
    private static bool Reads(string written, IEnumerable<IGrouping<string, UnitReplacement>> fields, Dictionary<string, string> values)
    {
        var yaml = FrontMatter.Split(written, "translation", new DiagnosticBag())?.Yaml;
        return yaml is not null && YamlText.MappingOrNull(yaml) is { } root
            && fields.All(f => ModuleRewriter.Find(root, f.First().Unit.Field) is (_, _, { } scalar) && scalar.Value == values[f.Key]);
    }

    /// <summary>The node as a string with the texts to translate and <c>translation-of</c> left out: equal for two files of the same shape.</summary>
    private static string Shape(YamlNode node, string path, HashSet<string> texts) => node switch
    {
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children
            .Where(p => !(path.Length == 0 && p.Key is YamlScalarNode { Value: "translation-of" }))
            .Select(p => $"{(p.Key as YamlScalarNode)?.Value}:{Shape(p.Value, Child(path, (p.Key as YamlScalarNode)?.Value ?? ""), texts)}")) + "}",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select((item, i) => Shape(item, Child(path, ItemName(path, item, i)), texts))) + "]",
        YamlScalarNode scalar => texts.Contains(path) ? "*" : "'" + scalar.Value + "'",
        _ => "?",
    };

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}/{name}";

    /// <summary>An exercise is named by its id, as in a unit's field; any other list item by its number.</summary>
    private static string ItemName(string path, YamlNode item, int index) =>
        path == "exercises" && item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } name }
            ? name
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
