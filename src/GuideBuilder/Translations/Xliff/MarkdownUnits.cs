using System.Globalization;
using System.Xml;
using GuideBuilder.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// The units of a piece of Markdown, one per translatable block: headings, paragraphs, list items,
/// table cells, captions, box titles, footnotes. A unit's id is its place in the structure: the
/// section (the heading's written <c>{#id}</c>, else its number), then the blocks that hold it
/// (<c>body.why-gaps.table1.r2.c1</c>); so a unit keeps its id when other sections change.
/// </summary>
public static class MarkdownUnits
{
    public static IReadOnlyList<XliffUnit> Of(string text, IReadOnlyList<string> field, string idPrefix)
    {
        var document = Markdig.Markdown.Parse(text, GuideMarkdownPipeline.Instance);
        var walk = new MarkdownWalk(text, field);
        var section = "start";
        string? sectionTitle = null;
        var headings = 0;
        var counters = new Dictionary<string, int>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                headings++;
                section = heading.TryGetAttributes()?.Id is { Length: > 0 } id ? Token(id) : $"s{headings}";
                sectionTitle = InlineText.Of(heading.Inline);
                counters.Clear();
                walk.Leaf(heading, $"{idPrefix}.{section}.heading", $"{idPrefix}.{section}", sectionTitle, $"heading (level {heading.Level})");
                continue;
            }

            var group = block is FootnoteGroup ? $"{idPrefix}.footnotes" : $"{idPrefix}.{section}";
            walk.Block(block, group, group, block is FootnoteGroup ? null : sectionTitle, counters);
        }

        return walk.Units;
    }

    /// <summary>A name that XLIFF accepts in an id (an XML name token).</summary>
    public static string Token(string text)
    {
        var token = string.Concat(text.Select(c => XmlConvert.IsNCNameChar(c) ? c : '_'));
        return token.Length == 0 ? "_" : token;
    }

    public static string Count(Dictionary<string, int> counters, string name)
    {
        counters[name] = counters.GetValueOrDefault(name) + 1;
        return name + counters[name].ToString(CultureInfo.InvariantCulture);
    }
}
