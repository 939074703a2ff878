using System.Diagnostics;
using System.Security.Cryptography;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model;

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
        // The browser starts while the first pass's HTML is being built.
        var browser = StartBrowserAsync(browserPath, progress);
        try
        {
            var builder = new PrintBookBuilder(prepared.Document, prepared.Theme, prepared.Loaded.Folder, geometry: geometry);
            var name = BookName(prepared.Document);
            var tasks = prepared.Document.Editions.Select(edition => Task.Run(() =>
                PrintEditionAsync(browser, builder, edition, Path.Combine(work, edition.Language + ".html"), Path.Combine(folder, $"{name}-{edition.Language}{(geometry.IsPrint ? "-print" : "")}.pdf"), prepared, geometry, progress, keepHtml)));
            return await Task.WhenAll(tasks);
        }
        finally
        {
            // A browser that failed to start has failed the editions already; one that started is closed.
            await ((Task)browser).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (browser.IsCompletedSuccessfully)
            {
                await browser.Result.DisposeAsync();
            }

            BrowserExit.UntrackFolder(work);
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<HeadlessBrowser> StartBrowserAsync(string browserPath, IBuildProgress progress)
    {
        progress.Stage("Starting browser");
        var browser = await HeadlessBrowser.LaunchAsync(browserPath, CancellationToken.None);
        progress.Done("Starting browser", Path.GetFileName(browserPath));
        return browser;
    }

    /// <summary>The start of every textbook's file name (with "-trainer" in the trainer edition).</summary>
    public static string BookName(GuideDocument document) => OutputNames.Stem(document);

    private static async Task<DownloadFile> PrintEditionAsync(Task<HeadlessBrowser> browser, PrintBookBuilder builder, GuideEdition edition, string htmlFile,
        string pdfFile, PreparedGuide prepared, PrintGeometry geometry, IBuildProgress progress, string? keepHtml)
    {
        var stage = $"PDF {edition.Language}";
        progress.Stage(stage);
        var clock = Stopwatch.StartNew();
        // The last build's layout, when there is one: an unchanged (or hardly changed) book then prints once.
        var layoutKey = Build.Cache.RenderInputs.Layout(Path.GetFileName(pdfFile), edition.Language, geometry.ToString());
        var layout = prepared.Cache?.Layout(layoutKey) is { } kept ? new BookLayout(kept.BlankBefore.ToHashSet(), kept.PageLabels) : BookLayout.Unmeasured;
        var fromLastBuild = !ReferenceEquals(layout, BookLayout.Unmeasured);
        string html;
        MeasuredPrint? measured = null;
        PrintedPages.PrintedPageMap printedPages;
        var passTimes = new List<double>();
        try
        {
            while (true)
            {
                var passClock = Stopwatch.StartNew();
                var steps = new PhaseTimes();
                html = builder.Build(edition, layout);
                steps.Mark("html");
                await File.WriteAllTextAsync(htmlFile, html);
                steps.Mark("write");
                if (!browser.IsCompleted)
                {
                    await browser;
                    steps.Mark("browser start");
                }

                // The first pass prints with no page numbers in the contents, so it can never be the book:
                // it only measures, and prints without the tag tree and bookmarks.
                var draft = ReferenceEquals(layout, BookLayout.Unmeasured);
                var printed = await (await browser).PrintAsync(htmlFile, CancellationToken.None, steps, draft);
                measured = MeasuredPrint.Open(printed);
                steps.Mark("measure");
                passTimes.Add(passClock.Elapsed.TotalSeconds);
                progress.Timing($"{stage} pass {passTimes.Count}{(draft ? " (draft)" : fromLastBuild && passTimes.Count == 1 ? " (the last build's layout)" : "")}", steps.ToString());
                var planned = Plan(edition, measured.Anchors, layout);
                var stable = planned.BlankBefore.SetEquals(layout.BlankBefore) && Same(planned.PageLabels, layout.PageLabels);
                if (!draft && (stable || passTimes.Count >= MaxPasses))
                {
                    if (stable)
                    {
                        prepared.Cache?.Layout(layoutKey, new Build.Cache.LayoutEntry([.. layout.BlankBefore.Order(StringComparer.Ordinal)], layout.PageLabels));
                    }

                    break;
                }

                // Only one book per language is held at a time.
                measured.Dispose();
                measured = null;
                layout = planned;
            }

            var finishing = clock.Elapsed;
            var post = new PhaseTimes();
            var plan = BookPagePlan.For(edition, measured.Anchors, layout, measured.Document.PageCount);
            var metadata = new PdfMetadata(edition.Title, edition.Subtitle, edition.Publisher, edition.Ui["language_name"], edition.Language,
                BuildClock.Timestamp, ContentHash(html, prepared.Loaded.Folder.Root, prepared.Theme.Folder));
            printedPages = PrintedPages.PrintedPageMap.Measure(Path.GetFileName(pdfFile), edition.Pages, measured.Anchors, plan);
            post.Mark("plan");
            var finished = PdfFinisher.Finish(measured.Document, plan, edition.Pages.Count(p => p.IsModule), metadata, geometry, measured.Headings, post);
            await File.WriteAllBytesAsync(pdfFile, finished);
            post.Mark("write");
            progress.Timing($"{stage} post-processing", post.ToString());
            var times = string.Join(", ", passTimes.Select((t, i) => $"pass {i + 1} {t.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s"));
            progress.Done(stage, $"{Counts.Of(plan.Count, "page")}; {times}; post-processing {(clock.Elapsed - finishing).TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s");
        }
        finally
        {
            measured?.Dispose();
        }

        if (keepHtml is not null)
        {
            File.Copy(htmlFile, Path.Combine(keepHtml, Path.GetFileName(htmlFile)), overwrite: true);
        }

        return new DownloadFile(edition.Language, Path.GetFileName(pdfFile), pdfFile, "download_pdf")
        {
            PrintedPages = printedPages,
        };
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

        // The back matter (glossary, workshop planner, index) follows the last part: its pages count from that part's.
        foreach (var anchor in new[] { PrintBookBuilder.GlossarySection, PrintBookBuilder.PlannerAnchor, PrintBookBuilder.IndexAnchor })
        {
            if (parts.Count > 0 && anchors.TryGetValue(anchor, out var page))
            {
                others[anchor] = (parts[^1].a, page);
            }
        }

        return BookLayout.Plan(parts, others, previous.BlankBefore);
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
