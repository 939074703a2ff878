using GuideBuilder.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Translations;

/// <summary>
/// Puts a <c>TRANSLATE:</c> marker before every text a translator has to translate in a piece of
/// Markdown: each paragraph, heading, list item, table cell, caption, footnote, box title and
/// image alt text. The marker goes where the text starts, after any list number, quote sign or
/// heading hashes, so a marked scaffold keeps the structure of its source ("1. TRANSLATE: In
/// groups…" stays a numbered list). Positions come from Markdig's source spans, not patterns.
/// </summary>
public static class TranslationMarks
{
    private const string Mark = TranslationStatusCalculator.Marker + " ";

    public static string Insert(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, GuideMarkdownPipeline.Instance);
        var places = new SortedSet<int>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline } when inline.Any(i => i is not LinkInline { IsImage: true } && !IsBlank(i)):
                    places.Add(SkipSpaces(markdown, inline.FirstChild!.Span.Start));
                    break;
                case CustomContainer { Arguments: { Length: > 0 } } box:
                    places.Add(BoxTitleStart(markdown, box));
                    break;
            }
        }

        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            places.Add(image.Span.Start + 2);
        }

        return places.Count == 0 && markdown.Trim().Length > 0
            ? Mark + markdown
            : places.Reverse().Aggregate(markdown, (text, at) => text.Insert(at, Mark));
    }

    // A table cell's text span starts at the space after its pipe.
    private static int SkipSpaces(string markdown, int at)
    {
        while (at < markdown.Length && markdown[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    private static bool IsBlank(Inline inline) => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || inline is LineBreakInline;

    /// <summary>Where the title starts on a box's opening line: <c>::: good-practice Title</c>.</summary>
    private static int BoxTitleStart(string markdown, CustomContainer box)
    {
        var lineEnd = markdown.IndexOf('\n', box.Span.Start);
        var line = markdown[box.Span.Start..(lineEnd < 0 ? markdown.Length : lineEnd)];
        var title = line.LastIndexOf(box.Arguments!, StringComparison.Ordinal);
        return box.Span.Start + (title < 0 ? line.Length : title);
    }
}
