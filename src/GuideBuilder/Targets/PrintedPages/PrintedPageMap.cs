using GuideBuilder.Model;
using GuideBuilder.Targets.Pdf;

namespace GuideBuilder.Targets.PrintedPages;

/// <summary>
/// Where each numbered page of a printed textbook begins, in the blocks of the document model, so
/// that another format can carry the same page numbers (the EPUB's page list). Pages in the front
/// matter (roman numbers), blank versos and the back matter (glossary, index) are not listed. A page on which no block begins (a
/// long paragraph or table runs over it) begins, as near as a block can say, at the block that
/// runs onto it.
/// </summary>
/// <param name="Source">The textbook the numbers are from (its file name).</param>
public sealed record PrintedPageMap(string Source, IReadOnlyList<PrintedPageStart> Starts)
{
    /// <param name="anchors">The physical page (1-based) of every measured anchor of the print HTML.</param>
    /// <param name="plan">The book's pages, with their labels.</param>
    public static PrintedPageMap Measure(string source, IReadOnlyList<GuidePage> pages, IReadOnlyDictionary<string, int> anchors, IReadOnlyList<BookPage> plan)
    {
        var blocks = pages.SelectMany(page => BlockIds.Mark(page).Blocks.Prepend("")
                .Select(block => (PageId: page.Id, Block: block, Physical: anchors.GetValueOrDefault(PrintBookBuilder.BlockAnchor(page.Id, block)))))
            .Where(b => b.Physical > 0)
            .ToList();
        var starts = new List<PrintedPageStart>();
        // The glossary and the index have EPUB documents of their own, not a module's blocks.
        var backMatter = BookPagePlan.BackMatterStart(anchors, plan.Count);
        for (var physical = 1; physical < backMatter; physical++)
        {
            var page = plan[physical - 1];
            if (page.Label.Roman || page.Blank)
            {
                continue;
            }

            var first = blocks.FindIndex(b => b.Physical == physical);
            var at = first >= 0 ? first : blocks.FindLastIndex(b => b.Physical < physical);
            if (at >= 0)
            {
                starts.Add(new PrintedPageStart(page.Label.Text, blocks[at].PageId, blocks[at].Block));
            }
        }

        return new PrintedPageMap(source, starts);
    }
}
