using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>
/// Numbers the figures, tables and boxes of a module body in reading order, each kind on its own
/// ("Figure 3.1", "Table 3.1", "Box 3.1"); the introduction's items take plain numbers.
/// A table inside a figure block is the table of that number, with the figure's caption.
/// </summary>
public static class NumberedItems
{
    /// <summary>The boxes that are numbered: those that stand apart from the text (not key points or videos).</summary>
    public static readonly IReadOnlySet<string> NumberedBoxes = new HashSet<string>(StringComparer.Ordinal) { "good-practice", "protection-gap", "case-study" };

    public static IReadOnlyList<(NumberedItem Item, Block Block)> Assign(MarkdownDocument document, int? module)
    {
        var counters = new Dictionary<NumberedKind, int>();
        var items = new List<(NumberedItem, Block)>();
        foreach (var block in document.Descendants<Block>())
        {
            var kind = block switch
            {
                Figure figure => figure.Descendants<Table>().Any() ? NumberedKind.Table : NumberedKind.Figure,
                Table table when !table.IsInside<Figure>() => NumberedKind.Table,
                CustomContainer { Info: { } info } when NumberedBoxes.Contains(info) => NumberedKind.Box,
                _ => (NumberedKind?)null,
            };
            if (kind is not { } found)
            {
                continue;
            }

            counters[found] = counters.GetValueOrDefault(found) + 1;
            var count = counters[found].ToString(CultureInfo.InvariantCulture);
            var number = module is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)}.{count}" : count;
            var item = new NumberedItem(found, number, block.TryGetAttributes()?.Id, TitleOf(block));
            block.SetData(typeof(NumberedItem), item);
            items.Add((item, block));
        }

        return items;
    }

    public static NumberedItem? Of(Block? block) => block?.GetData(typeof(NumberedItem)) as NumberedItem;

    private static bool IsInside<T>(this Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T)
            {
                return true;
            }
        }

        return false;
    }

    private static string TitleOf(Block block) => block switch
    {
        Figure figure => figure.OfType<FigureCaption>().Select(c => InlineText.Of(c.Inline)).FirstOrDefault(t => t.Length > 0) ?? "",
        CustomContainer box => (box.Arguments ?? "").Trim(),
        _ => "",
    };
}
