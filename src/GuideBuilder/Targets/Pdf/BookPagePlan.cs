using GuideBuilder.Model;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Decides, page by page, the folio (roman in the front matter, arabic from the introduction,
/// none on the cover, blank pages and module dividers) and the thumb tab (every page of a module,
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
        var backMatter = anchorPages.GetValueOrDefault(PrintBookBuilder.IndexAnchor, pageCount + 1);

        var plan = new List<BookPage>(pageCount);
        for (var physical = 1; physical <= pageCount; physical++)
        {
            if (physical == 1 || blankPages.Contains(physical))
            {
                plan.Add(new BookPage(null, null, null, null));
                continue;
            }

            if (physical < firstBody)
            {
                plan.Add(new BookPage(BookLayout.Roman(physical), null, null, null));
                continue;
            }

            var current = parts.Last(p => p.Start <= physical).Page;
            if (physical >= backMatter)
            {
                // The index belongs to no module: a folio, no thumb tab.
                plan.Add(new BookPage((physical - firstBody + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null));
                continue;
            }

            var folio = dividers.Contains(physical) ? null : (physical - firstBody + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            plan.Add(current.IsModule
                ? new BookPage(folio, modules.IndexOf(current), current.TabColor, current.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new BookPage(folio, null, null, null));
        }

        return plan;
    }
}
