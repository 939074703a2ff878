using System.Text;
using GuideBuilder.Content;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Writes imported entries into a translation's glossary.yml. An existing file is edited in place,
/// value by value, like <see cref="GlossaryStamp"/> does: its comments, its order, its other entries
/// and the plural forms beyond the source's stay as the translator left them (a YAML round trip
/// would lose them). An entry the file does not have is added at its end.
/// </summary>
public static class GlossaryRewriter
{
    /// <summary>The new text of the file, or null when <paramref name="existing"/> is not a YAML mapping.</summary>
    public static string? Write(string? existing, IReadOnlyList<TranslatedGlossaryEntry> entries)
    {
        if (existing is null || existing.Trim().Length == 0)
        {
            return string.Join("\n", entries.Select(Entry));
        }

        var root = YamlText.MappingOrNull(existing);
        if (root is null)
        {
            return null;
        }

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = new List<(int Start, int End, string Text)>();
        var added = new StringBuilder();
        foreach (var entry in entries)
        {
            var pair = root.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var id } && id == entry.Id);
            switch (pair.Value)
            {
                case null:
                    added.Append('\n').Append(Entry(entry));
                    break;
                case YamlMappingNode { Style: not MappingStyle.Flow } mapping when mapping.Children.Count > 0:
                    edits.AddRange(Edit(existing, mapping, entry));
                    break;
                default:
                    // A flow mapping ({term: …}) or a value that is no mapping: the entry is written anew, as a block.
                    var fields = Fields(entry, (int)pair.Key.Start.Column - 1 + 2);
                    edits.Add(((int)pair.Value.Start.Index, (int)pair.Value.End.Index, "\n" + fields.TrimEnd('\n')));
                    break;
            }
        }

        var text = new StringBuilder(existing);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, end - start).Insert(start, replacement.Replace("\n", newline, StringComparison.Ordinal));
        }

        if (added.Length > 0)
        {
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append(newline);
            }

            text.Append(added.Replace("\n", newline));
        }

        return text.ToString();
    }

    /// <summary>The edits of one entry of the file: each value replaced where it is, a missing field added on its own line.</summary>
    private static IEnumerable<(int Start, int End, string Text)> Edit(string text, YamlMappingNode mapping, TranslatedGlossaryEntry entry)
    {
        var fields = mapping.Children.Where(p => p.Key is YamlScalarNode).ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => (p.Key, p.Value), StringComparer.Ordinal);
        var first = mapping.Children.First().Key;
        var indent = (int)first.Start.Column - 1;
        var firstLine = LineStart(first);
        var beforeDefinition = fields.TryGetValue("definition", out var definition) ? LineStart(definition.Key) : firstLine;
        string Line(string key, string value) => $"{new string(' ', indent)}{key}: {value}\n";

        bool Same(YamlNode node, string value) => node is YamlScalarNode { Value: { } now } && Fingerprint.Normalize(now) == Fingerprint.Normalize(value);

        yield return fields.TryGetValue("translation-of", out var of)
            ? Replace(text, of.Value, entry.TranslationOf)
            : (firstLine, firstLine, Line("translation-of", entry.TranslationOf));
        if (!fields.TryGetValue("term", out var term))
        {
            yield return (firstLine, firstLine, Line("term", YamlScalarText.Inline(entry.Term)));
        }
        else if (!Same(term.Value, entry.Term))
        {
            yield return Replace(text, term.Value, YamlScalarText.Inline(entry.Term));
        }

        foreach (var edit in Plurals(text, fields.TryGetValue("plural", out var plural) ? plural.Value : null, entry.Plurals, beforeDefinition, Line))
        {
            yield return edit;
        }

        if (definition.Value is not null && Same(definition.Value, entry.Definition))
        {
            yield break; // the same words: the translator's line breaks stay
        }

        yield return definition.Value is not null
            ? Replace(text, definition.Value, YamlScalarText.Block(entry.Definition, indent))
            : (beforeDefinition, beforeDefinition, Line("definition", YamlScalarText.Block(entry.Definition, indent)));
    }

    /// <summary>The source's plural forms in place of the first ones of the file; any further form the language needs is kept.</summary>
    private static IEnumerable<(int Start, int End, string Text)> Plurals(string text, YamlNode? existing, IReadOnlyList<string> plurals, int insertAt, Func<string, string, string> line)
    {
        if (plurals.Count == 0)
        {
            yield break;
        }

        switch (existing)
        {
            case null:
                yield return (insertAt, insertAt, line("plural", plurals.Count == 1 ? YamlScalarText.Inline(plurals[0]) : Flow(plurals)));
                break;
            case YamlScalarNode scalar:
                yield return Replace(text, scalar, plurals.Count == 1 ? YamlScalarText.Inline(plurals[0]) : Flow(plurals));
                break;
            case YamlSequenceNode sequence when sequence.Children.Count >= plurals.Count && sequence.Children.All(c => c is YamlScalarNode):
                for (var i = 0; i < plurals.Count; i++)
                {
                    yield return Replace(text, sequence.Children[i], YamlScalarText.Inline(plurals[i]));
                }

                break;
            default:
                yield return Replace(text, existing, Flow(plurals));
                break;
        }
    }

    private static string Flow(IReadOnlyList<string> values) => $"[{string.Join(", ", values.Select(YamlScalarText.Inline))}]";

    private static (int Start, int End, string Text) Replace(string text, YamlNode node, string replacement) => YamlScalarText.Replace(text, node, replacement);

    private static int LineStart(YamlNode node) => (int)node.Start.Index - ((int)node.Start.Column - 1);

    /// <summary>A new entry, as <c>guide translations new</c> and an import write it: its id, then its fields indented by two spaces.</summary>
    private static string Entry(TranslatedGlossaryEntry entry) => $"{entry.Id}:\n{Fields(entry, 2)}";

    private static string Fields(TranslatedGlossaryEntry entry, int indent)
    {
        var padding = new string(' ', indent);
        var text = new StringBuilder();
        text.Append(padding).Append("translation-of: ").Append(entry.TranslationOf).Append('\n');
        text.Append(padding).Append("term: ").Append(YamlScalarText.Inline(entry.Term)).Append('\n');
        if (entry.Plurals.Count > 0)
        {
            text.Append(padding).Append("plural: ").Append(entry.Plurals.Count == 1 ? YamlScalarText.Inline(entry.Plurals[0]) : Flow(entry.Plurals)).Append('\n');
        }

        text.Append(padding).Append("definition: ").Append(YamlScalarText.Block(entry.Definition, indent)).Append('\n');
        return text.ToString();
    }
}
