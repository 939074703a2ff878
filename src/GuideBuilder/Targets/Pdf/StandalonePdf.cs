using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets.Pdf;

/// <summary>Prints one self-contained HTML page (the agenda of <c>guide agenda</c>) to PDF with the same headless browser as the textbook.</summary>
public static class StandalonePdf
{
    public static byte[]? Print(string html, string? browserPath, DiagnosticBag diagnostics)
    {
        var browser = BrowserLocator.Find(browserPath);
        if (browser is null)
        {
            diagnostics.Error(SourceLocation.Option(browserPath is null ? "--out" : "--browser"), DiagnosticCodes.BrowserMissing,
                browserPath is null ? "no Chromium, Chrome or Edge was found to print the PDF" : $"the browser '{browserPath}' does not exist",
                BrowserLocator.InstallHint + "; or write the agenda as HTML (--out agenda.html) and print it from a browser");
            return null;
        }

        var work = Directory.CreateTempSubdirectory("guidebuilder-agenda-").FullName;
        BrowserExit.TrackFolder(work);
        try
        {
            var file = Path.Combine(work, "agenda.html");
            File.WriteAllText(file, html);
            return PrintAsync(browser, file).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or TimeoutException or System.Net.WebSockets.WebSocketException)
        {
            diagnostics.Error(SourceLocation.Option("--out"), DiagnosticCodes.PdfFailed, $"printing the PDF failed: {error.Message}",
                $"check that {browser} starts (run it with --headless --version), or pass another with --browser");
            return null;
        }
        finally
        {
            BrowserExit.UntrackFolder(work);
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<byte[]> PrintAsync(string browserPath, string file)
    {
        await using var browser = await HeadlessBrowser.LaunchAsync(browserPath, CancellationToken.None);
        return (await browser.PrintAsync(file, CancellationToken.None)).Pdf;
    }
}
