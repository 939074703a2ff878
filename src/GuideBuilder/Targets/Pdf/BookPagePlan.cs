using GuideBuilder.Model;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Decides, page by page, the folio (roman in the front matter, arabic from the introduction,
/// none on the cover, blank pages and module dividers, which still count and carry their number as the viewer's page label) and the thumb tab (every page of a module,
/// in its colour, at the slot of its number).
/// </summary>
public static class BookPagePlan
{
    public static IReadOnlyList<BookPage> For(GuideEdition edition, IReadOnlyDictionary<string, int> anchorPages, BookLayout layout, int pageCount)
    {
        var parts = edition.Pages
            .Select(page => (Page: page, Start: anchorPages.GetValueOrDefault(PrintBookBuilder.Anchor(page.Id)), Anchor: PrintBookBuilder.Anchor(page.Id)))
            .Where(p => p.Start > 0)
            .ToList();
        var firstBody = parts.Count > 0 ? parts.Min(p => p.Start) : pageCount + 1;
        var blankPages = parts.Where(p => layout.BlankBefore.Contains(p.Anchor)).Select(p => p.Start - 1).ToHashSet();
        var dividers = parts.Where(p => p.Page.IsModule).Select(p => p.Start).ToHashSet();
        var modules = edition.Pages.Where(p => p.IsModule).OrderBy(p => p.Number).ToList();
        // The back matter (the glossary, the planner, the index) has folios but no thumb tab: it belongs to no module.
        var backMatter = BackMatterStart(anchorPages, pageCount);

        var plan = new List<BookPage>(pageCount);
        for (var physical = 1; physical <= pageCount; physical++)
        {
            var label = physical < firstBody ? new PageLabel(true, physical) : new PageLabel(false, physical - firstBody + 1);
            if (physical == 1 || blankPages.Contains(physical))
            {
                plan.Add(new BookPage(null, null, null, null) { Label = label, Blank = blankPages.Contains(physical) });
                continue;
            }

            if (physical < firstBody)
            {
                plan.Add(new BookPage(label.Text, null, null, null) { Label = label });
                continue;
            }

            var current = parts.Last(p => p.Start <= physical).Page;
            var folio = dividers.Contains(physical) ? null : label.Text;
            var page = current.IsModule && physical < backMatter
                ? new BookPage(folio, modules.IndexOf(current), current.TabColor, current.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new BookPage(folio, null, null, null);
            plan.Add(page with { Label = label });
        }

        return plan;
    }

    /// <summary>The physical page where the back matter (glossary, workshop planner, index) begins, or one past the last page when there is none.</summary>
    public static int BackMatterStart(IReadOnlyDictionary<string, int> anchorPages, int pageCount) =>
        BackMatter.Select(anchor => anchorPages.TryGetValue(anchor, out var page) && page > 0 ? page : pageCount + 1).Min();

    private static readonly string[] BackMatter = [PrintBookBuilder.GlossarySection, PrintBookBuilder.PlannerAnchor, PrintBookBuilder.IndexAnchor];
}
