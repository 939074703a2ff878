using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Puts the print HTML's heading text back into the bookmarks. Chromium builds each bookmark
/// title from the heading's painted text: it joins wrapped lines with no space ("social" +
/// "protection") and gives some headings that open a page twice ("Key resourcesKey resources";
/// the plain Chromium command line does the same on the print HTML, with or without running
/// headers, so it is not PDFsharp's doing). The bookmarks still follow the headings in document
/// order, so each title is matched to the next heading whose text it garbles and replaced by it.
/// </summary>
public static partial class OutlineTitles
{
    /// <param name="headings">The text of every h1-h6 of the print HTML, in document order.</param>
    public static void Rewrite(PdfDocument document, IReadOnlyList<string> headings)
    {
        headings = [.. headings.Select(Collapse)];
        var next = 0;
        foreach (var outline in PreOrder(document.Outlines))
        {
            var found = FindFrom(headings, next, Squeeze(outline.Title));
            if (found >= 0)
            {
                outline.Title = headings[found];
                next = found + 1;
            }
        }
    }

    private static int FindFrom(IReadOnlyList<string> headings, int start, string garbled)
    {
        for (var i = start; i < headings.Count; i++)
        {
            var squeezed = Squeeze(headings[i]);
            if (squeezed.Length > 0 && (garbled == squeezed || garbled == squeezed + squeezed))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<PdfOutline> PreOrder(PdfOutlineCollection outlines)
    {
        foreach (var outline in outlines)
        {
            yield return outline;
            foreach (var child in PreOrder(outline.Outlines))
            {
                yield return child;
            }
        }
    }

    /// <summary>HTML's white space (not the no-break spaces of French typography) collapsed to one space.</summary>
    public static string Collapse(string text) => HtmlSpace().Replace(text, " ").Trim(' ');

    private static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex("[ \t\n\f\r]+")]
    private static partial Regex HtmlSpace();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
