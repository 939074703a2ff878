using GuideBuilder.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Turns the inlines of a Markdown block into XLIFF content: text stays text; everything else
/// becomes an inline code that carries its Markdown as written, so that a CAT tool protects it.
/// Emphasis, link text and alt text stay translatable inside a <c>&lt;pc&gt;</c>; a link's target
/// is in the code, out of the translator's reach. Nodes it does not know (extensions of other
/// features) become a <c>&lt;ph/&gt;</c> holding their whole Markdown.
/// </summary>
public static class InlineCodes
{
    public static (IReadOnlyList<XliffPart> Content, IReadOnlyList<XliffCode> Codes) Of(ContainerInline inline, string source)
    {
        var codes = new List<XliffCode>();
        var content = Children(inline, source, codes);
        return (Tidy(content), codes);
    }

    private static List<XliffPart> Children(ContainerInline parent, string source, List<XliffCode> codes)
    {
        var parts = new List<XliffPart>();
        Inline? previous = null;
        foreach (var inline in parent)
        {
            if (!HasSpan(inline, source))
            {
                continue; // made by Markdig, not written (a footnote's back link)
            }

            if (previous is not null && Gap(previous, inline, source) is { } gap)
            {
                parts.Add(gap.Trim().Length == 0 ? new XliffText(" ") : Placeholder(gap, "other", null, codes));
            }

            if (inline.GetType() == typeof(ContainerInline))
            {
                parts.AddRange(Children((ContainerInline)inline, source, codes)); // a bare group, nothing written
            }
            else
            {
                parts.Add(Part(inline, source, codes));
            }

            previous = inline;
        }

        return parts;
    }

    private static XliffPart Part(Inline inline, string source, List<XliffCode> codes) => inline switch
    {
        LiteralInline literal => new XliffText(literal.Content.ToString()),
        HtmlEntityInline entity => new XliffText(entity.Transcoded.ToString()),
        SmartyPant smart => new XliffText(Typed(smart.Type)),
        LineBreakInline { IsHard: false } => new XliffText(" "),
        LineBreakInline => Placeholder(Written(inline, source), "fmt", "xlf:lb", codes),
        CodeInline => Placeholder(Written(inline, source), "fmt", null, codes),
        EmphasisInline { FirstChild: not null } emphasis => Emphasis(emphasis, source, codes),
        LinkInline { IsAutoLink: false, FirstChild: not null } link when LinkEnds(link, source) is var (start, end) && start is not null =>
            Paired(start, end!, link.IsImage ? "image" : "link", null, !link.IsImage, link, source, codes),
        LinkInline or AutolinkInline or FootnoteLink => Placeholder(Written(inline, source), "link", null, codes, isLink: true),
        IndexMarkInline when Written(inline, source) is var mark && mark.StartsWith("{^", StringComparison.Ordinal) && mark.EndsWith('}') => IndexMark(mark, codes),
        _ => Placeholder(Written(inline, source), "other", null, codes),
    };

    private static XliffPart Emphasis(EmphasisInline emphasis, string source, List<XliffCode> codes)
    {
        var delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
        var subType = emphasis.DelimiterCount >= 2 ? "xlf:b" : "xlf:i";
        return Paired(delimiter, delimiter, "fmt", subType, false, emphasis, source, codes);
    }

    /// <summary>The sub-type of an index mark's code: its entry (<c>{^ Entry > Sub-entry}</c>) is text to translate, its braces are protected.</summary>
    public const string IndexSubType = "gb:index";

    private static XliffPaired IndexMark(string mark, List<XliffCode> codes)
    {
        var inner = mark[2..^1];
        var entry = inner.TrimStart();
        var id = NextId(codes);
        codes.Add(new XliffCode(id, true, "{^" + inner[..(inner.Length - entry.Length)], "}", "other", IndexSubType, false));
        return new XliffPaired(id, [new XliffText(entry)]);
    }

    private static XliffPaired Paired(string start, string end, string type, string? subType, bool isLink, ContainerInline inline, string source, List<XliffCode> codes)
    {
        var id = NextId(codes);
        codes.Add(new XliffCode(id, true, start, end, type, subType, isLink));
        return new XliffPaired(id, Children(inline, source, codes));
    }

    private static XliffPlaceholder Placeholder(string written, string type, string? subType, List<XliffCode> codes, bool isLink = false)
    {
        var id = NextId(codes);
        codes.Add(new XliffCode(id, false, written, "", type, subType, isLink));
        return new XliffPlaceholder(id);
    }

    /// <summary>
    /// The Markdown before and after a link's text. The label's own span is exact for an inline link;
    /// a reference link keeps its reference, and a shortcut one (<c>[term]</c>) is written out in full
    /// (<c>[text][term]</c>) so that translating its text does not lose the reference.
    /// </summary>
    private static (string? Start, string? End) LinkEnds(LinkInline link, string source)
    {
        var written = Written(link, source);
        var prefix = link.IsImage ? "![" : "[";
        if (!written.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (null, null);
        }

        if (link.Reference is null && link.LabelSpan.Start > link.Span.Start && link.LabelSpan.End < link.Span.End && link.LabelSpan.End >= link.LabelSpan.Start)
        {
            return (prefix, source[(link.LabelSpan.End + 1)..(link.Span.End + 1)]);
        }

        var first = link.FirstChild!;
        var last = link.LastChild!;
        if (!HasSpan(first, source) || !HasSpan(last, source) || last.Span.End >= link.Span.End)
        {
            return (null, null);
        }

        var label = source[first.Span.Start..(last.Span.End + 1)];
        var end = source[(last.Span.End + 1)..(link.Span.End + 1)];
        return end is "]" or "][]" ? (prefix, $"][{label}]") : (prefix, end);
    }

    /// <summary>Markdown between two inlines that neither covers: attributes such as <c>{width=50%}</c>; a line's indent or quote marker after a line break is layout.</summary>
    private static string? Gap(Inline previous, Inline next, string source)
    {
        if (previous is LineBreakInline || previous is SmartyPant || next is SmartyPant)
        {
            return null; // a SmartyPant's span is not always exact
        }

        var from = previous.Span.End + 1;
        var to = next.Span.Start;
        return to > from && to <= source.Length ? source[from..to] : null;
    }

    private static string Written(Inline inline, string source) => source[inline.Span.Start..(inline.Span.End + 1)];

    private static bool HasSpan(Inline inline, string source) =>
        inline.Span.Start >= 0 && inline.Span.End >= inline.Span.Start && inline.Span.End < source.Length;

    private static string NextId(List<XliffCode> codes) => (codes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The quotes and dashes as typed, so that the translator types them the same way and they are typeset again.</summary>
    private static string Typed(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.LeftQuote or SmartyPantType.RightQuote => "'",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote or SmartyPantType.RightDoubleQuote => "\"",
        SmartyPantType.Dash2 => "--",
        SmartyPantType.Dash3 => "---",
        SmartyPantType.Ellipsis => "...",
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        _ => "",
    };

    /// <summary>Merges neighbouring texts and folds line breaks and runs of spaces into one space.</summary>
    public static IReadOnlyList<XliffPart> Tidy(IReadOnlyList<XliffPart> parts, bool trim = true)
    {
        var tidy = new List<XliffPart>();
        foreach (var part in parts)
        {
            if (part is XliffPaired paired)
            {
                tidy.Add(paired with { Children = Tidy(paired.Children, trim: false) });
            }
            else if (part is XliffText text && tidy.Count > 0 && tidy[^1] is XliffText before)
            {
                tidy[^1] = new XliffText(before.Text + text.Text);
            }
            else
            {
                tidy.Add(part);
            }
        }

        for (var i = 0; i < tidy.Count; i++)
        {
            if (tidy[i] is XliffText text)
            {
                var folded = Fold(text.Text);
                folded = trim && i == 0 ? folded.TrimStart() : folded;
                folded = trim && i == tidy.Count - 1 ? folded.TrimEnd() : folded;
                tidy[i] = new XliffText(folded);
            }
        }

        return [.. tidy.Where(p => p is not XliffText { Text.Length: 0 })];
    }

    private static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = c is ' ' or '\n' or '\r' or '\t';
            if (!space)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
