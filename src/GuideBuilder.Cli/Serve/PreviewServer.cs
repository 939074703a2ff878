using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace GuideBuilder.Cli.Serve;

/// <summary>
/// <c>guide serve</c>: the site built in memory, served on loopback by Kestrel, rebuilt when a
/// content, theme or interface-strings file is saved, with open pages told to reload (or to show
/// the errors) over Server-Sent Events.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly Action<PreviewBuild> _onBuild;
    private readonly Action? _beforeEachBuild;
    private readonly List<Channel<string>> _listeners = [];
    private readonly Lock _gate = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private readonly PreviewDecks _decks = new();
    private readonly Build.Cache.BuildCache _cache = new();
    private WebApplication? _app;
    private ContentWatcher? _watcher;

    /// <param name="onBuild">Called after every build, good or failed, to report it in the terminal.</param>
    /// <param name="beforeEachBuild">Runs at the start of every build (tests use it to make a build throw as a bug would).</param>
    public PreviewServer(BuildOptions options, Action<PreviewBuild> onBuild, Action? beforeEachBuild = null)
    {
        _options = options;
        _onBuild = onBuild;
        _beforeEachBuild = beforeEachBuild;
        _types.Mappings[".vtt"] = "text/vtt";
        Current = BuildReportingCrashes(null, themeChanged: true);
        onBuild(Current);
    }

    public PreviewBuild Current { get; private set; }

    public Uri? Address { get; private set; }

    /// <param name="watch">Rebuild when files change (off in tests that call <see cref="RebuildAsync"/> themselves).</param>
    public async Task<Uri> StartAsync(int port, CancellationToken cancellation, bool watch = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.Use(RefuseOtherHosts);
        _app.MapGet("/__guide/live.js", () => Results.Text(LiveReload.Script, "text/javascript; charset=utf-8"));
        _app.MapGet("/__guide/status", () => Results.Text(StatusJson(), "application/json; charset=utf-8"));
        _app.MapGet("/__guide/events", Events);
        _app.MapGet("/__guide/print/{language}", (string language) =>
            Current.PrintPreview(language) is { } html ? Results.Text(html, "text/html; charset=utf-8") : Results.NotFound());
        // A pattern of its own: the default fallback pattern leaves out paths with a file extension (guide.css, *.pdf).
        _app.MapFallback("/{**path}", Serve);
        await _app.StartAsync(cancellation);
        Address = new Uri(_app.Urls.First().Replace("127.0.0.1:0", "127.0.0.1", StringComparison.Ordinal));
        _watcher = watch ? new ContentWatcher(WatchedFolders(), paths => _ = RebuildAsync(paths)) : null;
        return Address;
    }

    /// <summary>Rebuilds now (the watcher calls this after a save) and tells every open page.</summary>
    /// <param name="changedPaths">What changed; null means anything may have, theme included.</param>
    public async Task<PreviewBuild> RebuildAsync(IReadOnlyCollection<string>? changedPaths = null)
    {
        await _rebuilding.WaitAsync();
        try
        {
            // The guide's theme/ folder counts even before it exists: creating it overrides the theme.
            var themeFolders = Current.Prepared?.Theme.Layers.Folders
                .Append(Path.Combine(Path.GetFullPath(_options.ContentDirectory), Theme.ThemeLocator.OverrideFolder)).ToList();
            var themeChanged = changedPaths is null || themeFolders is null
                || changedPaths.Any(p => themeFolders.Exists(folder => p.StartsWith(folder, StringComparison.Ordinal)));
            Current = BuildReportingCrashes(Current, themeChanged);
            _onBuild(Current);
            Broadcast(Current.Failed ? "errors" : "reload");
            return Current;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    /// <summary>
    /// A build, or, when it throws, a failed build that says so and keeps the last good pages:
    /// an exception must never stall serve silently (the watcher starts rebuilds without awaiting them).
    /// </summary>
    private PreviewBuild BuildReportingCrashes(PreviewBuild? previous, bool themeChanged)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            _beforeEachBuild?.Invoke();
            return PreviewBuild.Run(_options, previous, _decks, themeChanged, _cache);
        }
        catch (Exception error)
        {
            var crash = new Diagnostic(SourceLocation.Option("guide serve"), Severity.Error, DiagnosticCodes.PreviewBuildCrashed,
                $"the rebuild stopped on an internal error: {error.GetType().Name}: {error.Message}",
                "this is a bug in GuideBuilder; the last good build is still served, and the next save builds again. Please report it with the file you saved");
            return new PreviewBuild(previous?.Files ?? new Dictionary<string, OutputFile>(), [crash], [], previous?.Prepared, clock.Elapsed);
        }
    }

    private IEnumerable<string> WatchedFolders()
    {
        yield return Path.GetFullPath(_options.ContentDirectory);
        if (Current.Prepared is { } prepared)
        {
            foreach (var folder in prepared.Theme.Layers.Folders)
            {
                yield return folder;
            }
        }

        yield return Theme.ThemeLocator.UiStringsFolder(_options.UiStringsDirectory, Path.GetFullPath(_options.ContentDirectory));
    }

    /// <summary>
    /// Against DNS rebinding: a page on evil.example whose name is made to resolve to 127.0.0.1
    /// reaches this server, but its requests still say Host: evil.example. Only the loopback
    /// names of the address serve listens on are answered, and only with its port.
    /// </summary>
    private async Task RefuseOtherHosts(HttpContext http, Func<Task> next)
    {
        var port = http.Connection.LocalPort;
        var host = http.Request.Host;
        var name = host.Host.ToLowerInvariant();
        var loopback = name is "localhost" or "127.0.0.1" or "[::1]" or "::1";
        if (loopback && (host.Port ?? 80) == port)
        {
            await next();
            return;
        }

        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync($"guide serve only answers requests addressed to localhost:{port} or 127.0.0.1:{port}, not to '{host}'; open http://127.0.0.1:{port}/ instead.\n", Encoding.UTF8);
    }

    private async Task Serve(HttpContext http)
    {
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "/").TrimStart('/');
        if (!Current.HasPages)
        {
            // No good build yet: a page that carries the overlay, and reloads once the content is fixed.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(LiveReload.WaitingPage, Encoding.UTF8);
            return;
        }

        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (!Current.Files.TryGetValue(path, out var file) && !Current.Files.TryGetValue(path + "/index.html", out file))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Current.Files.GetValueOrDefault("404.html");
            if (file?.Text is null)
            {
                return;
            }
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = _types.TryGetContentType(file.Path, out var type) ? type : "application/octet-stream";
        if (file.Text is not null)
        {
            http.Response.ContentType += file.Path.EndsWith(".html", StringComparison.Ordinal) || file.Path.EndsWith(".js", StringComparison.Ordinal) ? "; charset=utf-8" : "";
            await http.Response.WriteAsync(file.Text, Encoding.UTF8);
        }
        else
        {
            await http.Response.SendFileAsync(file.CopyFrom!);
        }
    }

    private async Task Events(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync($"event: {message}\ndata: {message}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private void Broadcast(string message)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    private string StatusJson() => JsonSerializer.Serialize(new
    {
        failed = Current.Failed,
        lastGoodBuild = Current.HasPages,
        diagnostics = Current.Diagnostics.Select(d => new { where = d.Location.ToString(), severity = d.SeverityText, code = d.Code, message = d.Message, hint = d.Hint }),
    });

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _rebuilding.Dispose();
        _decks.Dispose();
    }
}
