using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// One headless Chromium process for the whole build; every language prints in its own tab.
/// The browser must not outlive the build, however the build ends:
/// on Linux and macOS it is started through /bin/sh with its DevTools pipe (file descriptors 3
/// and 4) made of our standard input and output, which Process.Start can redirect but cannot
/// add to. The pipe is the robust part: when this process ends, even by SIGKILL, the system
/// closes our end, and Chromium quits when its pipe closes (PR_SET_PDEATHSIG would need a
/// native wrapper; a watchdog process could itself be killed). On the exits the runtime sees
/// (Ctrl+C, SIGTERM, SIGHUP, an exception), <see cref="BrowserExit"/> kills it at once and
/// removes its profile; a profile left by a killed build is removed by the next launch.
/// Windows has no such pipe for Process.Start, so there the DevTools WebSocket is used.
/// </summary>
public sealed partial class HeadlessBrowser : IAsyncDisposable
{
    /// <summary>Profile folders are named after the build's process id, so that a later build knows whose they were.</summary>
    public const string ProfilePrefix = "guidebuilder-chromium-";

    private readonly Process _process;
    private readonly string _profile;
    private DevToolsConnection _connection = null!;
    private int _killed;

    private HeadlessBrowser(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessBrowser> LaunchAsync(string executable, CancellationToken cancellation)
    {
        RemoveLeftProfiles();
        var profile = Path.Combine(Path.GetTempPath(), $"{ProfilePrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..10]}");
        var pipe = !OperatingSystem.IsWindows();
        var start = pipe ? ThroughShell(executable) : new ProcessStartInfo(executable);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardInput = pipe;
        start.UseShellExecute = false;
        foreach (var flag in BrowserLocator.QuietFlags)
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add(pipe ? "--remote-debugging-pipe" : "--remote-debugging-port=0");
        start.ArgumentList.Add("--user-data-dir=" + profile);
        start.ArgumentList.Add("--allow-file-access-from-files");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var browser = new HeadlessBrowser(process, profile);
        BrowserExit.Track(browser);
        try
        {
            IDevToolsTransport transport;
            if (pipe)
            {
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                transport = new PipeTransport(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            }
            else
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                transport = await WebSocketTransport.ConnectAsync(await ReadEndpointAsync(process, cancellation), cancellation);
            }

            browser._connection = new DevToolsConnection(transport);
            await browser._connection.SendAsync("Browser.getVersion", cancellation: cancellation).WaitAsync(TimeSpan.FromSeconds(30), cancellation);
            return browser;
        }
        catch
        {
            browser.Kill();
            throw;
        }
    }

    /// <summary>/bin/sh gives the browser our standard input as fd 3 and our standard output as fd 4, then becomes the browser (exec).</summary>
    private static ProcessStartInfo ThroughShell(string executable)
    {
        var start = new ProcessStartInfo("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>&2");
        start.ArgumentList.Add(executable);
        return start;
    }

    /// <summary>Opens a file in a new tab, waits for it and its fonts, reads its headings and prints it to PDF bytes.</summary>
    /// <param name="draft">Leaves out the tag tree and the bookmarks, which do not move anything on the page: for a pass that only measures.</param>
    public async Task<PrintedPage> PrintAsync(string htmlFile, CancellationToken cancellation, PhaseTimes? times = null, bool draft = false)
    {
        var target = await _connection.SendAsync("Target.createTarget", new { url = "about:blank" }, cancellation: cancellation);
        var targetId = target["targetId"]!.GetValue<string>();
        var attached = await _connection.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, cancellation: cancellation);
        var session = attached["sessionId"]!.GetValue<string>();
        times?.Mark("tab");
        try
        {
            await _connection.SendAsync("Page.enable", null, session, cancellation);
            var loaded = _connection.WaitForEventAsync("Page.loadEventFired", session);
            await _connection.SendAsync("Page.navigate", new { url = new Uri(htmlFile).AbsoluteUri }, session, cancellation);
            await loaded.WaitAsync(TimeSpan.FromMinutes(2), cancellation);
            await _connection.SendAsync("Runtime.evaluate", new { expression = "document.fonts.ready.then(() => true)", awaitPromise = true }, session, cancellation);
            times?.Mark("load");
            var headings = await _connection.SendAsync("Runtime.evaluate", new { expression = HeadingsScript, returnByValue = true }, session, cancellation);
            times?.Mark("headings");
            var pdf = await _connection.SendAsync("Page.printToPDF", new
            {
                preferCSSPageSize = true,
                printBackground = true,
                generateTaggedPDF = !draft,
                generateDocumentOutline = !draft,
                displayHeaderFooter = false,
                marginTop = 0,
                marginBottom = 0,
                marginLeft = 0,
                marginRight = 0,
            }, session, cancellation);
            times?.Mark("print");
            var bytes = Convert.FromBase64String(pdf["data"]!.GetValue<string>());
            times?.Mark("decode");
            var texts = headings["result"]?["value"] as System.Text.Json.Nodes.JsonArray ?? [];
            return new PrintedPage(bytes, [.. texts.Select(text => text?.GetValue<string>() ?? "")]);
        }
        finally
        {
            await _connection.SendAsync("Target.closeTarget", new { targetId }, cancellation: CancellationToken.None);
        }
    }

    /// <summary>
    /// The headings' text from the DOM the browser has already built, rather than parsing the
    /// print HTML again (a third of a second for a 300-page book), and it is the text the bookmarks were made from.
    /// </summary>
    private const string HeadingsScript = "Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), h => h.textContent)";

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

        try
        {
            await _connection.DisposeAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // Killed below.
        }
        finally
        {
            Kill();
        }
    }

    /// <summary>Ends the browser and every process it started, now, and removes its profile. Safe to call from a signal handler, and more than once.</summary>
    public void Kill()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 1)
        {
            return;
        }

        BrowserExit.Untrack(this);
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(3000);
            }
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has exited meanwhile.
        }

        _process.Dispose();
        RemoveProfile(_profile);
    }

    private static void RemoveProfile(string profile)
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A last child may still write its lock file for a moment.
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Removes the profiles of builds that ended without removing theirs (killed): their process is gone.</summary>
    private static void RemoveLeftProfiles()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), ProfilePrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[ProfilePrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, System.Globalization.CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                RemoveProfile(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
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
