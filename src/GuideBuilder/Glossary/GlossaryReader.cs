using System.Text.RegularExpressions;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Glossary;

/// <summary>
/// Reads <c>&lt;lang&gt;/glossary.yml</c>: a mapping from concept id to <c>term</c>, <c>plural</c>
/// (a text or a list) and <c>definition</c> (Markdown), with <c>translation-of</c> in a translation.
/// Every problem is reported at its line and column; a faulty entry is left out, the others are kept.
/// </summary>
public static partial class GlossaryReader
{
    public static readonly IReadOnlyList<string> Keys = ["term", "plural", "definition", "translation-of"];

    /// <summary>The language's glossary, or null when it has none (or it cannot be read: reported).</summary>
    public static GlossaryFile? Read(ContentFolder folder, string language, DiagnosticBag diagnostics)
    {
        var relative = GlossaryFile.PathFor(language);
        if (!folder.FileExists(relative) && !folder.LeavesRoot(relative))
        {
            return null;
        }

        var text = folder.ReadText(relative, diagnostics);
        return text is null ? null : Parse(text, relative, folder.DisplayPath(relative), language, diagnostics);
    }

    public static GlossaryFile? Parse(string text, string relativePath, string displayPath, string language, DiagnosticBag diagnostics)
    {
        var mapping = YamlText.ParseMapping(text, displayPath, 0, diagnostics, GlossaryFile.FileName);
        if (mapping is null)
        {
            return null;
        }

        var entries = new List<GlossaryEntry>();
        foreach (var (key, value) in mapping.Children)
        {
            var at = new SourceLocation(displayPath, (int)key.Start.Line, (int)key.Start.Column);
            var id = (key as YamlScalarNode)?.Value ?? "";
            if (!ConceptId().IsMatch(id))
            {
                diagnostics.Error(at, DiagnosticCodes.BadGlossaryEntry, $"'{id}' is not a concept id",
                    "a concept id is lowercase letters, digits and hyphens (social-protection-floor), the same in every language");
                continue;
            }

            if (value is not YamlMappingNode entry)
            {
                diagnostics.Error(new SourceLocation(displayPath, (int)value.Start.Line, (int)value.Start.Column), DiagnosticCodes.BadGlossaryEntry,
                    $"the glossary entry '{id}' must be a mapping with 'term' and 'definition'",
                    $"write it as:\n{id}:\n  term: ...\n  definition: ...");
                continue;
            }

            if (ReadEntry(new YamlFields(entry, displayPath, 0, diagnostics, $"the glossary entry '{id}'"), PluralIsList(entry), id, language, at) is { } read)
            {
                entries.Add(read);
            }
        }

        return new GlossaryFile(language, relativePath, text, entries);
    }

    private static GlossaryEntry? ReadEntry(YamlFields fields, bool pluralIsList, string id, string language, SourceLocation at)
    {
        fields.RejectUnknownKeys(Keys);
        var term = fields.String("term", required: true);
        var definition = fields.Markdown("definition", required: true);
        // One plural in most languages; a list where a language has several (or a term has variants).
        IReadOnlyList<string> plurals = pluralIsList ? fields.StringList("plural") : fields.String("plural") is { } single ? [single] : [];
        var translationOf = fields.String("translation-of");
        return term is null || definition is null
            ? null
            : new GlossaryEntry(id, language, term.Trim(), [.. plurals.Select(p => p.Trim()).Where(p => p.Length > 0)], definition, translationOf?.Trim(), at);
    }

    private static bool PluralIsList(YamlMappingNode entry) =>
        entry.Children.Any(pair => pair.Key is YamlScalarNode { Value: "plural" } && pair.Value is YamlSequenceNode);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ConceptId();
}
