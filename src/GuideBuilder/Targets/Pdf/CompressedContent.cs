using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Keeps Chromium's page content as Chromium compressed it. PDFsharp inflates every content
/// stream of a page as soon as anything is drawn on it, and wraps it in q ... Q; for a 300-page
/// book that was some 20 MB to inflate and to deflate again, most of the post-processing.
/// Instead the page's own streams get their stored bytes back, and the save and restore of the
/// graphics state move into streams of their own: [q] [Chromium's streams] [Q, what PDFsharp drew].
/// </summary>
public static class CompressedContent
{
    /// <summary>The page's content streams as stored: each with its bytes, still filtered, and its filter and parameters.</summary>
    public static IReadOnlyList<(PdfReference Stream, byte[] Bytes, PdfItem? Filter, PdfItem? DecodeParms)> Of(PdfPage page)
    {
        // The raw entry, not page.Contents, whose first use inflates the streams.
        var contents = page.Elements["/Contents"];
        var references = contents switch
        {
            PdfReference { Value: PdfArray array } => array.Elements.OfType<PdfReference>(),
            PdfArray array => array.Elements.OfType<PdfReference>(),
            PdfReference reference => [reference],
            _ => [],
        };
        return [.. references
            .Where(r => r.Value is PdfDictionary { Stream: not null })
            .Select(r => (PdfDictionary)r.Value)
            .Select(d => (d.Reference!, d.Stream!.Value, d.Elements["/Filter"], d.Elements["/DecodeParms"]))];
    }

    /// <summary>Puts the stored bytes back after drawing, and brackets them with q and Q.</summary>
    public static void Restore(PdfPage page, IReadOnlyList<(PdfReference Stream, byte[] Bytes, PdfItem? Filter, PdfItem? DecodeParms)> typeset)
    {
        if (typeset.Count == 0)
        {
            return;
        }

        foreach (var (reference, bytes, filter, parameters) in typeset)
        {
            var dictionary = (PdfDictionary)reference.Value;
            dictionary.Stream!.Value = bytes;
            Set(dictionary, "/Filter", filter);
            Set(dictionary, "/DecodeParms", parameters);
            dictionary.Elements.SetInteger("/Length", bytes.Length);
        }

        var contents = page.Contents;
        contents.PrependContent().CreateStream("q\n"u8.ToArray());
        var drawn = contents.Elements.Count > typeset.Count + 1 ? (contents.Elements[typeset.Count + 1] as PdfReference)?.Value as PdfDictionary : null;
        if (drawn?.Stream is { } stream)
        {
            stream.Value = [.. "Q\n"u8.ToArray(), .. stream.Value];
        }
        else
        {
            contents.AppendContent().CreateStream("Q\n"u8.ToArray());
        }
    }

    private static void Set(PdfDictionary dictionary, string key, PdfItem? value)
    {
        if (value is null)
        {
            dictionary.Elements.Remove(key);
        }
        else
        {
            dictionary.Elements[key] = value;
        }
    }
}
