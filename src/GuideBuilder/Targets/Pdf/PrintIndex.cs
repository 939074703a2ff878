using System.Globalization;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Pdf;

/// <summary>The edition's index with the page numbers the last pass measured; the pages of one entry in order, each once, consecutive ones as a range.</summary>
public static class PrintIndex
{
    public static IReadOnlyList<PrintIndexLetter> For(BookIndex index, BookLayout layout) =>
        [.. index.Letters.Select(letter => new PrintIndexLetter(letter.Letter, [.. letter.Entries.Select(e => Entry(e, layout))]))];

    private static PrintIndexEntry Entry(IndexEntry entry, BookLayout layout) =>
        new(entry.Term, Pages(entry.Locators, layout), entry.See, entry.SeeAlso, [.. entry.SubEntries.Select(e => Entry(e, layout))]);

    public static IReadOnlyList<PrintIndexPage> Pages(IReadOnlyList<IndexLocator> locators, BookLayout layout)
    {
        var anchors = locators.Select(l => PrintBookBuilder.SectionAnchor(l.PageId, l.Anchor)).ToList();
        if (anchors.Count == 0)
        {
            return [];
        }

        var numbers = anchors.Select(a => layout.PageLabels.TryGetValue(a, out var label) && int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (numbers.Exists(n => n is null))
        {
            // Not measured yet: one stand-in per place, as wide as a page number, each a link so that the pass measures it.
            return [.. anchors.Select(a => new PrintIndexPage(PrintBookBuilder.TocPlaceholder, a, []))];
        }

        var byPage = anchors.Zip(numbers, (a, n) => (Anchor: a, Page: n!.Value)).GroupBy(p => p.Page).OrderBy(g => g.Key).ToList();
        var pages = new List<PrintIndexPage>();
        var run = new List<IGrouping<int, (string Anchor, int Page)>>();
        foreach (var page in byPage)
        {
            if (run.Count > 0 && page.Key != run[^1].Key + 1)
            {
                pages.Add(Range(run));
                run.Clear();
            }

            run.Add(page);
        }

        pages.Add(Range(run));
        return pages;
    }

    private static PrintIndexPage Range(List<IGrouping<int, (string Anchor, int Page)>> run)
    {
        var all = run.SelectMany(g => g.Select(p => p.Anchor)).ToList();
        var first = run[0].Key.ToString(CultureInfo.InvariantCulture);
        var text = run.Count == 1 ? first : $"{first}\u2013{run[^1].Key.ToString(CultureInfo.InvariantCulture)}";
        return new PrintIndexPage(text, all[0], all[1..]);
    }
}
