using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// One pass's PDF, opened once: for measuring where every anchor landed and, when the layout
/// turns out stable, for finishing. Reading a 300-page book costs PDFsharp about half a second,
/// so the last pass is not opened again to count its pages and again to add the tabs.
/// </summary>
public sealed class MeasuredPrint : IDisposable
{
    private readonly MemoryStream _stream;

    private MeasuredPrint(MemoryStream stream, PdfDocument document, IReadOnlyList<string> headings)
    {
        _stream = stream;
        Document = document;
        Anchors = PdfAnchors.Read(document);
        Headings = headings;
    }

    public PdfDocument Document { get; }

    /// <summary>Anchor -> physical page number (1-based).</summary>
    public Dictionary<string, int> Anchors { get; }

    public IReadOnlyList<string> Headings { get; }

    public static MeasuredPrint Open(PrintedPage printed)
    {
        PdfSharpSetup.Ensure();
        var stream = new MemoryStream(printed.Pdf, writable: false);
        try
        {
            return new MeasuredPrint(stream, PdfReader.Open(stream, PdfDocumentOpenMode.Modify), printed.Headings);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
