using System.Diagnostics;
using System.Security.Cryptography;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// The textbook of every language: Chromium typesets the print HTML (pass 1 measures where
/// every part and section falls; pass 2 prints with real page numbers in the table of contents
/// and blank versos so that modules open on the right), then PDFsharp adds folios, thumb tabs
/// and metadata. One browser serves all languages, which print side by side.
/// </summary>
public sealed class ChromiumPdfProducer : IPdfProducer
{
    private const int MaxPasses = 4;

    public IReadOnlyList<DownloadFile> Produce(PreparedGuide prepared, BuildOptions options, string folder, DiagnosticBag diagnostics, IBuildProgress progress)
    {
        var browser = BrowserLocator.Find(options.BrowserPath);
        if (browser is null)
        {
            var message = options.BrowserPath is null
                ? "no Chromium, Chrome or Edge was found, so the PDF textbooks were not built"
                : $"the browser '{options.BrowserPath}' does not exist, so the PDF textbooks were not built";
            diagnostics.Add(new Diagnostic(SourceLocation.Option(options.BrowserPath is null ? "pdf" : "--browser"),
                options.FormatsExplicit || options.BrowserPath is not null ? Severity.Error : Severity.Warning,
                DiagnosticCodes.BrowserMissing, message, BrowserLocator.InstallHint));
            return [];
        }

        try
        {
            var print = (options.PdfEdition ?? prepared.Document.Settings.Pdf.Edition) == "print";
            var geometry = PrintGeometry.For(prepared.Document.Settings.Pdf.PageSize, print);
            return ProduceAsync(prepared, browser, folder, geometry, progress, options.PrintHtmlDirectory).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or TimeoutException or System.Net.WebSockets.WebSocketException)
        {
            diagnostics.Error(SourceLocation.Option("pdf"), DiagnosticCodes.PdfFailed, $"printing the PDF failed: {error.Message}",
                $"check that {browser} starts (run it with --headless --version), or pass another with --browser");
            return [];
        }
    }

    private static async Task<IReadOnlyList<DownloadFile>> ProduceAsync(PreparedGuide prepared, string browserPath, string folder, PrintGeometry geometry, IBuildProgress progress, string? keepHtml)
    {
        if (keepHtml is not null)
        {
            Directory.CreateDirectory(keepHtml);
        }

        Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("guidebuilder-print-").FullName;
        BrowserExit.TrackFolder(work);
        try
        {
            progress.Stage("Starting browser");
            await using var browser = await HeadlessBrowser.LaunchAsync(browserPath, CancellationToken.None);
            progress.Done("Starting browser", Path.GetFileName(browserPath));
            var builder = new PrintBookBuilder(prepared.Document, prepared.Theme, prepared.Loaded.Folder, geometry: geometry);
            var name = BookName(prepared.Document);
            var tasks = prepared.Document.Editions.Select(edition => Task.Run(() =>
                PrintEditionAsync(browser, builder, edition, Path.Combine(work, edition.Language + ".html"), Path.Combine(folder, $"{name}-{edition.Language}{(geometry.IsPrint ? "-print" : "")}.pdf"), prepared, geometry, progress, keepHtml)));
            return await Task.WhenAll(tasks);
        }
        finally
        {
            BrowserExit.UntrackFolder(work);
            Directory.Delete(work, recursive: true);
        }
    }

    public static string BookName(GuideDocument document)
    {
        var settings = document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        return name.Length > 48 ? name[..48].TrimEnd('-') : name;
    }

    private static async Task<DownloadFile> PrintEditionAsync(HeadlessBrowser browser, PrintBookBuilder builder, GuideEdition edition, string htmlFile,
        string pdfFile, PreparedGuide prepared, PrintGeometry geometry, IBuildProgress progress, string? keepHtml)
    {
        var stage = $"PDF {edition.Language}";
        progress.Stage(stage);
        var clock = Stopwatch.StartNew();
        var layout = BookLayout.Unmeasured;
        byte[] pdf;
        string html;
        Dictionary<string, int> anchors;
        var passes = 0;
        var passTimes = new List<double>();
        while (true)
        {
            var passClock = Stopwatch.StartNew();
            html = builder.Build(edition, layout);
            await File.WriteAllTextAsync(htmlFile, html);
            pdf = await browser.PrintAsync(htmlFile, CancellationToken.None);
            passTimes.Add(passClock.Elapsed.TotalSeconds);
            passes++;
            anchors = PdfAnchors.Read(pdf);
            var planned = Plan(edition, anchors, layout);
            if (passes >= MaxPasses || (planned.BlankBefore.SetEquals(layout.BlankBefore) && Same(planned.PageLabels, layout.PageLabels)))
            {
                break;
            }

            layout = planned;
        }

        var printed = clock.Elapsed;
        var plan = BookPagePlan.For(edition, anchors, layout, PageCount(pdf));
        var metadata = new PdfMetadata(edition.Title, edition.Subtitle, edition.Publisher, edition.Ui["language_name"], edition.Language,
            BuildClock.Timestamp, ContentHash(html, prepared.Loaded.Folder.Root, prepared.Theme.Folder));
        var finished = PdfFinisher.Finish(pdf, plan, edition.Pages.Count(p => p.IsModule), metadata, geometry, OutlineTitles.Headings(html));
        await File.WriteAllBytesAsync(pdfFile, finished);
        var times = string.Join(", ", passTimes.Select((t, i) => $"pass {i + 1} {t.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s"));
        progress.Done(stage, $"{Counts.Of(plan.Count, "page")}; {times}; post-processing {(clock.Elapsed - printed).TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s");
        if (keepHtml is not null)
        {
            File.Copy(htmlFile, Path.Combine(keepHtml, Path.GetFileName(htmlFile)), overwrite: true);
        }

        return new DownloadFile(edition.Language, Path.GetFileName(pdfFile), pdfFile, "download_pdf");
    }

    /// <summary>The print HTML without the folders it was built in, so that the same guide gives the same file wherever it is built.</summary>
    private static string ContentHash(string html, string contentRoot, string themeFolder)
    {
        var portable = html.Replace(new Uri(contentRoot + "/").AbsoluteUri, "content:", StringComparison.Ordinal)
            .Replace(new Uri(themeFolder + "/").AbsoluteUri, "theme:", StringComparison.Ordinal);
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(portable)));
    }

    private static BookLayout Plan(GuideEdition edition, Dictionary<string, int> anchors, BookLayout previous)
    {
        var parts = edition.Pages.Select(p => PrintBookBuilder.Anchor(p.Id)).Where(anchors.ContainsKey).Select(a => (a, anchors[a])).ToList();
        var others = new Dictionary<string, (string, int)>();
        foreach (var page in edition.Pages)
        {
            var part = PrintBookBuilder.Anchor(page.Id);
            foreach (var (anchor, number) in anchors.Where(a => a.Key.StartsWith(part + "--", StringComparison.Ordinal)))
            {
                if (anchors.ContainsKey(part))
                {
                    others[anchor] = (part, number);
                }
            }
        }

        // The index follows the last part, so its page counts from there like the last part's own sections.
        if (parts.Count > 0 && anchors.TryGetValue(PrintBookBuilder.IndexAnchor, out var indexPage))
        {
            others[PrintBookBuilder.IndexAnchor] = (parts[^1].a, indexPage);
        }

        return BookLayout.Plan(parts, others, previous.BlankBefore);
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static int PageCount(byte[] pdf)
    {
        PdfSharpSetup.Ensure();
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
