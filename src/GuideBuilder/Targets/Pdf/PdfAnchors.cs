using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Reads where Chromium put each link target: it writes a named destination for every element
/// id that a link points to (the table of contents points at every part and section).
/// </summary>
public static class PdfAnchors
{
    /// <summary>Anchor -> physical page number (1-based).</summary>
    public static Dictionary<string, int> Read(byte[] pdf)
    {
        PdfSharpSetup.Ensure();
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return Read(document);
    }

    public static Dictionary<string, int> Read(PdfDocument document)
    {
        var pageNumbers = new Dictionary<PdfReference, int>();
        for (var i = 0; i < document.PageCount; i++)
        {
            if (document.Pages[i].Reference is { } reference)
            {
                pageNumbers[reference] = i + 1;
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var dests = document.Internals.Catalog.Elements.GetDictionary("/Dests");
        foreach (var name in dests?.Elements.Keys ?? [])
        {
            var destination = dests!.Elements.GetObject(name) as PdfArray ?? (dests.Elements.GetObject(name) as PdfDictionary)?.Elements.GetArray("/D");
            if (destination?.Elements.Count > 0 && destination.Elements[0] is PdfReference page && pageNumbers.TryGetValue(page, out var number))
            {
                result[Uri.UnescapeDataString(name.TrimStart('/'))] = number;
            }
        }

        return result;
    }
}
