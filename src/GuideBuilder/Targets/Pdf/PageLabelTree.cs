using PdfSharp.Pdf;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// The catalog's /PageLabels number tree, so that a viewer's page box shows the book's own
/// numbers (iii in the contents, 23 where the folio says 23) instead of the sheet's position.
/// PDFsharp has no API for page labels; the tree is a flat /Nums array, one entry per run.
/// </summary>
public static class PageLabelTree
{
    /// <summary>Where a run of labels starts (0-based page index), its style, and its first number.</summary>
    public sealed record Range(int PageIndex, bool Roman, int Start);

    /// <summary>A new run begins where the style changes or the numbers stop following on.</summary>
    public static IReadOnlyList<Range> Ranges(IReadOnlyList<PageLabel> labels)
    {
        var ranges = new List<Range>();
        for (var i = 0; i < labels.Count; i++)
        {
            var previous = i > 0 ? labels[i - 1] : null;
            if (previous is null || previous.Roman != labels[i].Roman || previous.Number + 1 != labels[i].Number)
            {
                ranges.Add(new Range(i, labels[i].Roman, labels[i].Number));
            }
        }

        return ranges;
    }

    public static void Write(PdfDocument document, IReadOnlyList<PageLabel> labels)
    {
        var numbers = new PdfArray(document);
        foreach (var range in Ranges(labels))
        {
            var label = new PdfDictionary(document);
            label.Elements.SetName("/S", range.Roman ? "/r" : "/D");
            if (range.Start != 1)
            {
                label.Elements.SetInteger("/St", range.Start);
            }

            numbers.Elements.Add(new PdfInteger(range.PageIndex));
            numbers.Elements.Add(label);
        }

        var tree = new PdfDictionary(document);
        tree.Elements["/Nums"] = numbers;
        document.Internals.Catalog.Elements["/PageLabels"] = tree;
    }
}
