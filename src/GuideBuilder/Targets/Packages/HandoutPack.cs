using System.Security.Cryptography;
using System.Text;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Targets.Pdf;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// The handout pack of the trainer edition: every exercise's PDF handout of one language, in book
/// order, in one PDF to print for a workshop, with a bookmark per handout. A handout PDFsharp cannot
/// read (or that is not a PDF) is left out with a warning: the pack is a convenience, the handouts
/// themselves are still offered on their pages.
/// </summary>
public static partial class HandoutPack
{
    /// <summary>The handouts of an edition's modules (all, or those numbered in <paramref name="modules"/>), each file once.</summary>
    public static IReadOnlyList<HandoutFile> Of(GuideEdition edition, Content.ContentFolder content, IReadOnlySet<int>? modules = null) =>
        [.. edition.Pages.Where(p => p.IsModule && (modules is null || modules.Contains(p.Number)))
            .SelectMany(page => page.Exercises.Where(e => e.Handout is not null).Select(e => new HandoutFile(
                $"{edition.Ui["exercise"]} {page.Number}.{e.Number} – {e.Title}",
                content.CopySource(e.Handout!.ContentPath),
                e.HandoutName ?? e.Handout.ContentPath,
                SourceLocation.File(content.DisplayPath(page.SourcePath)))))
            .DistinctBy(h => h.FullPath)];

    /// <summary>The pack's bytes, or null when no handout could go in it.</summary>
    public static byte[]? Combine(IReadOnlyList<HandoutFile> handouts, string title, string language, DateTimeOffset date, DiagnosticBag diagnostics)
    {
        PdfSharpSetup.Ensure();
        using var pack = new PdfDocument();
        foreach (var handout in handouts)
        {
            AddPages(pack, handout, diagnostics);
        }

        if (pack.PageCount == 0)
        {
            return null;
        }

        pack.Info.Title = title;
        pack.Info.Creator = "GuideBuilder";
        pack.Info.CreationDate = date.UtcDateTime;
        pack.Info.ModificationDate = date.UtcDateTime;
        pack.Language = language;
        pack.PageMode = PdfPageMode.UseOutlines;
        // The file identifier comes from what is in the pack, so the same handouts give the same bytes.
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title + language + string.Join('|', handouts.Select(h => h.Name)))).AsSpan(0, 16));
        pack.Internals.FirstDocumentID = id;
        pack.Internals.SecondDocumentID = id;
        using var output = new MemoryStream();
        pack.Save(output, closeStream: false);
        return Stabilise(output.ToArray(), id);
    }

    /// <summary>PDFsharp writes random UUIDs into the XMP metadata; they are replaced at the same length by ones made from the file identifier.</summary>
    private static byte[] Stabilise(byte[] pdf, string id)
    {
        var counter = 0;
        var text = Uuid().Replace(Encoding.Latin1.GetString(pdf), _ =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}/{counter++}")));
            return $"uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
        });
        return Encoding.Latin1.GetBytes(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex("uuid:[0-9a-fA-F-]{36}")]
    private static partial System.Text.RegularExpressions.Regex Uuid();

    private static void AddPages(PdfDocument pack, HandoutFile handout, DiagnosticBag diagnostics)
    {
        if (!handout.FullPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(handout.NamedAt, DiagnosticCodes.HandoutUnreadable, $"the handout '{handout.Name}' is not a PDF, so the handout pack leaves it out",
                "save the handout as PDF to have it printed with the others");
            return;
        }

        try
        {
            using var source = PdfReader.Open(handout.FullPath, PdfDocumentOpenMode.Import);
            var first = pack.PageCount;
            foreach (var page in source.Pages)
            {
                pack.AddPage(page);
            }

            if (pack.PageCount > first)
            {
                pack.Outlines.Add(handout.Title, pack.Pages[first], true);
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Any file may be damaged or hostile; PDFsharp says so with many kinds of exception.
            diagnostics.Warning(handout.NamedAt, DiagnosticCodes.HandoutUnreadable, $"the handout '{handout.Name}' cannot be read as a PDF ({error.GetType().Name}), so the handout pack leaves it out",
                "open the file and save it again as PDF");
        }
    }
}
