using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// One headless Chromium process for the whole build; every language prints in its own tab.
/// </summary>
public sealed partial class HeadlessBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DevToolsConnection _connection;
    private readonly string _profile;

    private HeadlessBrowser(Process process, DevToolsConnection connection, string profile)
    {
        _process = process;
        _connection = connection;
        _profile = profile;
    }

    public static async Task<HeadlessBrowser> LaunchAsync(string executable, CancellationToken cancellation)
    {
        var profile = Path.Combine(Path.GetTempPath(), "guidebuilder-chromium-" + Guid.NewGuid().ToString("N")[..10]);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in BrowserLocator.QuietFlags)
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("--user-data-dir=" + profile);
        start.ArgumentList.Add("--allow-file-access-from-files");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        _ = process.StandardOutput.ReadToEndAsync(cancellation);
        var endpoint = await ReadEndpointAsync(process, cancellation);
        var connection = await DevToolsConnection.ConnectAsync(endpoint, cancellation);
        return new HeadlessBrowser(process, connection, profile);
    }

    /// <summary>Opens a file in a new tab, waits for it and its fonts, and prints it to PDF bytes.</summary>
    public async Task<byte[]> PrintAsync(string htmlFile, CancellationToken cancellation)
    {
        var target = await _connection.SendAsync("Target.createTarget", new { url = "about:blank" }, cancellation: cancellation);
        var targetId = target["targetId"]!.GetValue<string>();
        var attached = await _connection.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, cancellation: cancellation);
        var session = attached["sessionId"]!.GetValue<string>();
        try
        {
            await _connection.SendAsync("Page.enable", null, session, cancellation);
            var loaded = _connection.WaitForEventAsync("Page.loadEventFired", session);
            await _connection.SendAsync("Page.navigate", new { url = new Uri(htmlFile).AbsoluteUri }, session, cancellation);
            await loaded.WaitAsync(TimeSpan.FromMinutes(2), cancellation);
            await _connection.SendAsync("Runtime.evaluate", new { expression = "document.fonts.ready.then(() => true)", awaitPromise = true }, session, cancellation);
            var pdf = await _connection.SendAsync("Page.printToPDF", new
            {
                preferCSSPageSize = true,
                printBackground = true,
                generateTaggedPDF = true,
                generateDocumentOutline = true,
                displayHeaderFooter = false,
                marginTop = 0,
                marginBottom = 0,
                marginLeft = 0,
                marginRight = 0,
            }, session, cancellation);
            return Convert.FromBase64String(pdf["data"]!.GetValue<string>());
        }
        finally
        {
            await _connection.SendAsync("Target.closeTarget", new { targetId }, cancellation: CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException)
        {
            // The browser is already closing.
        }

        await _connection.DisposeAsync();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the system.
        }
    }

    private static async Task<Uri> ReadEndpointAsync(Process process, CancellationToken cancellation)
    {
        var log = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = Endpoint().Match(line);
            if (match.Success)
            {
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Value);
            }

            log.Add(line);
        }

        throw new InvalidOperationException("the browser exited before it was ready: " + string.Join(" | ", log.TakeLast(5)));
    }

    [GeneratedRegex(@"ws://[^\s]+")]
    private static partial Regex Endpoint();
}
