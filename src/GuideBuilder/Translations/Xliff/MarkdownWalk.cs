using GuideBuilder.Content;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace GuideBuilder.Translations.Xliff;

/// <summary>Walks the blocks of one piece of Markdown and collects its units (see <see cref="MarkdownUnits"/>).</summary>
internal sealed class MarkdownWalk(string text, IReadOnlyList<string> field)
{
    public List<XliffUnit> Units { get; } = [];

    public void Block(Block block, string path, string group, string? section, Dictionary<string, int> counters)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Leaf(heading, $"{path}.{MarkdownUnits.Count(counters, "h")}", group, section, $"heading (level {heading.Level})");
                break;
            case ParagraphBlock paragraph:
                var image = paragraph.Inline?.FirstChild is Markdig.Syntax.Inlines.LinkInline { IsImage: true } only && only.NextSibling is null;
                Leaf(paragraph, $"{path}.{MarkdownUnits.Count(counters, "p")}", group, section, image ? "alt text of an image" : "paragraph");
                break;
            case FigureCaption caption:
                Leaf(caption, $"{path}.caption", group, section, "figure caption");
                break;
            case ListBlock list:
                var listPath = $"{path}.{MarkdownUnits.Count(counters, "list")}";
                var item = 0;
                foreach (var child in list.OfType<ContainerBlock>())
                {
                    Children(child, $"{listPath}.item{++item}", group, section);
                }

                break;
            case Table table:
                Table(table, $"{path}.{MarkdownUnits.Count(counters, "table")}", group, section);
                break;
            case CustomContainer box:
                var boxPath = $"{path}.{MarkdownUnits.Count(counters, "box")}";
                BoxTitle(box, boxPath, group, section);
                Children(box, boxPath, group, section);
                break;
            case Figure figure:
                Children(figure, $"{path}.{MarkdownUnits.Count(counters, "figure")}", group, section);
                break;
            case QuoteBlock quote:
                Children(quote, $"{path}.{MarkdownUnits.Count(counters, "quote")}", group, section);
                break;
            case FootnoteGroup footnotes:
                foreach (var footnote in footnotes.OfType<Footnote>())
                {
                    Children(footnote, $"{path}.{MarkdownUnits.Token(footnote.Label ?? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))}", group, "footnotes");
                }

                break;
            case LinkReferenceDefinitionGroup or CodeBlock or HtmlBlock or ThematicBreakBlock or BlankLineBlock:
                break; // nothing to translate: addresses, code, raw HTML (shown as text), rules
            case ContainerBlock container:
                Children(container, $"{path}.{MarkdownUnits.Count(counters, "block")}", group, section);
                break;
            case LeafBlock leaf:
                Leaf(leaf, $"{path}.{MarkdownUnits.Count(counters, "leaf")}", group, section, "text");
                break;
        }
    }

    public void Leaf(LeafBlock leaf, string id, string group, string? section, string kind)
    {
        if (leaf.Inline is null || leaf.Inline.Span.End < leaf.Inline.Span.Start || leaf.Inline.Span.Start < 0)
        {
            return;
        }

        var (content, codes) = InlineCodes.Of(leaf.Inline, text);
        var (start, length) = Trimmed(leaf.Inline.Span.Start, leaf.Inline.Span.End + 1);
        if (content.Count > 0 && length > 0)
        {
            Units.Add(new XliffUnit(id, group, field, section, kind, true, content, codes, start, length));
        }
    }

    private void Children(ContainerBlock container, string path, string group, string? section)
    {
        var counters = new Dictionary<string, int>();
        foreach (var child in container)
        {
            Block(child, path, group, section, counters);
        }
    }

    private void Table(Table table, string path, string group, string? section)
    {
        var row = 0;
        foreach (var tableRow in table.OfType<TableRow>())
        {
            row++;
            var column = 0;
            foreach (var cell in tableRow.OfType<TableCell>())
            {
                column++;
                var kind = tableRow.IsHeader ? "table header cell" : "table cell";
                var cellPath = $"{path}.r{row}.c{column}";
                if (cell.Count == 1 && cell[0] is ParagraphBlock only)
                {
                    Leaf(only, cellPath, group, section, kind);
                }
                else
                {
                    Children(cell, cellPath, group, section);
                }
            }
        }
    }

    /// <summary>A box's title, the text after its name on the <c>:::</c> line; a video box names a file there instead.</summary>
    private void BoxTitle(CustomContainer box, string path, string group, string? section)
    {
        var title = (box.Arguments ?? "").Trim();
        if (title.Length == 0 || box.Info == "video" || !ContentVocabulary.BoxNames.Contains(box.Info ?? ""))
        {
            return;
        }

        var lineEnd = text.IndexOf('\n', box.Span.Start);
        var line = lineEnd < 0 ? text[box.Span.Start..] : text[box.Span.Start..lineEnd];
        var afterName = line.IndexOf(box.Info!, StringComparison.Ordinal) + box.Info!.Length;
        var at = line.IndexOf(title, afterName, StringComparison.Ordinal);
        if (at >= 0)
        {
            Units.Add(new XliffUnit($"{path}.title", group, field, section, $"title of a box ({box.Info})", false, [new XliffText(title)], [], box.Span.Start + at, title.Length));
        }
    }

    private (int Start, int Length) Trimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
