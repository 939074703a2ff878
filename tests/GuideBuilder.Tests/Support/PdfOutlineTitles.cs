using PdfSharp.Pdf;

namespace GuideBuilder.Tests.Support;

/// <summary>The bookmark titles of a PDF, depth first, as a viewer's sidebar lists them.</summary>
public static class PdfOutlineTitles
{
    public static List<string> Of(PdfDocument document)
    {
        var titles = new List<string>();
        Walk(document.Outlines, titles);
        return titles;
    }

    private static void Walk(PdfOutlineCollection outlines, List<string> titles)
    {
        foreach (var outline in outlines)
        {
            titles.Add(outline.Title);
            Walk(outline.Outlines, titles);
        }
    }
}
