using System.Globalization;
using GuideBuilder.Glossary;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// The units of a glossary, entry by entry in the order of the file: the term, each plural form,
/// and the definition split into Markdown blocks like a module's text. A unit's id starts with the
/// concept id (<c>social-protection.term</c>, <c>social-protection.plural.1</c>,
/// <c>social-protection.definition.start.p1</c>), so it stays the same when other entries change.
/// </summary>
public static class GlossaryUnits
{
    public const string Term = "term";
    public const string Plural = "plural";
    public const string Definition = "definition";

    public static IReadOnlyList<XliffUnit> Of(GlossaryFile glossary) => [.. glossary.Entries.SelectMany(Of)];

    public static IReadOnlyList<XliffUnit> Of(GlossaryEntry entry)
    {
        var units = new List<XliffUnit>();
        var id = MarkdownUnits.Token(entry.Id);
        units.Add(Plain(entry.Term, $"{id}.{Term}", id, [entry.Id, Term], "term", null));
        for (var i = 0; i < entry.Plurals.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            units.Add(Plain(entry.Plurals[i], $"{id}.{Plural}.{n}", $"{id}.{Plural}", [entry.Id, Plural, n], $"plural form {n} of the term", entry.Term));
        }

        if (!string.IsNullOrWhiteSpace(entry.Definition.Text))
        {
            // The term is the context a translator needs for every block of its definition.
            units.AddRange(MarkdownUnits.Of(entry.Definition.Text, [entry.Id, Definition], $"{id}.{Definition}").Select(u => u with { Section = entry.Term }));
        }

        return units;
    }

    private static XliffUnit Plain(string value, string unitId, string group, string[] field, string block, string? term) =>
        new(unitId, group, field, term, block, false, InlineCodes.Tidy([new XliffText(value)]), [], 0, value.Length);
}
