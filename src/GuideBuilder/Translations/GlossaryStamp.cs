using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations;

/// <summary>
/// Writes <c>translation-of: FINGERPRINT</c> into entries of a translation's glossary.yml, changing
/// nothing else in the file (a YAML round trip would lose the translator's comments and layout):
/// an existing value is replaced, otherwise a line is added as the entry's first field.
/// </summary>
public static class GlossaryStamp
{
    /// <param name="fingerprints">The source fingerprint of each entry to stamp, by concept id.</param>
    public static string Apply(string fileText, IReadOnlyDictionary<string, string> fingerprints)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(fileText));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return fileText;
        }

        var newline = fileText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = new List<(int Start, int End, string Text)>();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } id } || value is not YamlMappingNode entry || !fingerprints.TryGetValue(id, out var fingerprint)
                || entry.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                continue;
            }

            var existing = entry.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "translation-of" });
            if (existing.Value is YamlScalarNode current)
            {
                edits.Add(((int)current.Start.Index, (int)current.End.Index, fingerprint));
            }
            else if (entry.Children.Count > 0)
            {
                var first = entry.Children.First().Key;
                var indent = new string(' ', (int)first.Start.Column - 1);
                var lineStart = (int)first.Start.Index - ((int)first.Start.Column - 1);
                edits.Add((lineStart, lineStart, $"{indent}translation-of: {fingerprint}{newline}"));
            }
        }

        var text = new StringBuilder(fileText);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, end - start).Insert(start, replacement);
        }

        return text.ToString();
    }
}
