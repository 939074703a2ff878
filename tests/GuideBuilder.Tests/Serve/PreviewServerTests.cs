using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using GuideBuilder.Cli.Serve;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Serve;

/// <summary><c>guide serve</c> on a free loopback port, driven by a real HTTP client.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TempGuide _guide = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private PreviewServer _server = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(_guide.Options("site"), _ => { });
        _address = await _server.StartAsync(0, CancellationToken.None, watch: false);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _guide.Dispose();
    }

    private Task<string> Get(string path) => _http.GetStringAsync(new Uri(_address, path));

    [Fact]
    public async Task Pages_are_served_with_the_live_reload_script()
    {
        var page = await Get("/en/01-alpha/");
        page.ShouldContain("<h1 id=\"module-title\">Alpha module</h1>");
        page.ShouldContain("<script src=\"/__guide/live.js\"></script>");
        (await Get("/__guide/live.js")).ShouldContain("EventSource(\"/__guide/events\")");
        var missing = await _http.GetAsync(new Uri(_address, "/en/nowhere/"));
        ((int)missing.StatusCode).ShouldBe(404);
    }

    [Theory]
    [InlineData("/assets/guide.css", "text/css")]
    [InlineData("/assets/guide.js", "text/javascript")]
    [InlineData("/media/figures/chart.svg", "image/svg+xml")]
    [InlineData("/media/handouts/map-gaps.pdf", "application/pdf")]
    public async Task The_files_a_page_uses_are_served_with_their_type(string path, string type)
    {
        using var response = await _http.GetAsync(new Uri(_address, path));
        ((int)response.StatusCode).ShouldBe(200, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
    }

    [Fact]
    public async Task Saving_a_file_sends_a_reload_event_and_serves_the_change()
    {
        await using var watching = new PreviewServer(_guide.Options("site"), _ => { });
        var address = await watching.StartAsync(0, CancellationToken.None);
        using var events = await _http.GetStreamAsync(new Uri(address, "/__guide/events"));
        using var reader = new StreamReader(events);
        (await reader.ReadLineAsync()).ShouldBe(": connected");
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants often face gaps");
        var received = await ReadEventAsync(reader);
        received.ShouldBe("reload");
        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Migrants often face gaps");
    }

    [Fact]
    public async Task An_error_shows_in_the_status_until_the_file_is_fixed()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var failed = await _server.RebuildAsync();
        failed.Failed.ShouldBeTrue();
        var status = JsonDocument.Parse(await Get("/__guide/status")).RootElement;
        status.GetProperty("failed").GetBoolean().ShouldBeTrue();
        status.GetProperty("diagnostics")[0].GetProperty("where").GetString()!.ShouldEndWith("en/02-beta.md:5:6");
        (await Get("/en/02-beta/")).ShouldContain("Beta module"); // the last good build is still served

        _guide.Replace("en/02-beta.md", "tab: bleu", "tab: blue");
        (await _server.RebuildAsync()).Failed.ShouldBeFalse();
        JsonDocument.Parse(await Get("/__guide/status")).RootElement.GetProperty("failed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_guide_that_never_built_shows_a_page_that_lists_the_errors_and_reloads_once_fixed()
    {
        using var broken = new TempGuide();
        broken.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        await using var server = new PreviewServer(broken.Options("site"), _ => { });
        var address = await server.StartAsync(0, CancellationToken.None, watch: false);

        using var waiting = await _http.GetAsync(new Uri(address, "/en/01-alpha/"));
        ((int)waiting.StatusCode).ShouldBe(503);
        (await waiting.Content.ReadAsStringAsync()).ShouldContain("<script src=\"/__guide/live.js\"></script>");
        var status = JsonDocument.Parse(await _http.GetStringAsync(new Uri(address, "/__guide/status"))).RootElement;
        status.GetProperty("failed").GetBoolean().ShouldBeTrue();
        status.GetProperty("lastGoodBuild").GetBoolean().ShouldBeFalse();

        broken.Replace("en/02-beta.md", "tab: bleu", "tab: blue");
        (await server.RebuildAsync()).Failed.ShouldBeFalse();
        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Alpha module");
    }

    [Fact]
    public async Task Changing_a_module_body_rewrites_only_its_pages_and_changing_its_title_rewrites_the_lists()
    {
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        var body = await _server.RebuildAsync();
        body.Changed.ShouldBe(["en/02-beta/index.html", "en/search-index.js", "es/02-beta/index.html", "es/search-index.js", "fr/02-beta/index.html", "fr/search-index.js"]);

        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module, revised");
        var title = await _server.RebuildAsync();
        title.Changed.ShouldContain("en/01-alpha/index.html");
        title.Changed.ShouldContain("en/index.html");
        title.Changed.ShouldNotContain("assets/guide.css");
    }

    [Fact]
    public async Task Module_pages_offer_their_deck_and_a_save_writes_only_the_decks_whose_slides_changed()
    {
        (await Get("/en/01-alpha/")).ShouldContain("href=\"../../downloads/slides/en/01-alpha.pptx\" download");
        (await DeckTitle("/downloads/slides/en/01-alpha.pptx")).ShouldStartWith("Alpha module –");
        var beta = _server.Current.Files["downloads/slides/en/02-beta.pptx"].CopyFrom!;
        var betaWritten = File.GetLastWriteTimeUtc(beta);

        _guide.Replace("en/01-alpha.md", "title: Alpha module", "title: Alpha module, revised");
        var rebuilt = await _server.RebuildAsync();

        rebuilt.Changed.ShouldContain("downloads/slides/en/01-alpha.pptx");
        rebuilt.Changed.ShouldNotContain("downloads/slides/en/02-beta.pptx");
        File.GetLastWriteTimeUtc(beta).ShouldBe(betaWritten);
        (await DeckTitle("/downloads/slides/en/01-alpha.pptx")).ShouldStartWith("Alpha module, revised –");
    }

    private async Task<string?> DeckTitle(string path)
    {
        using var response = await _http.GetAsync(new Uri(_address, path));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        using var deck = PresentationDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return deck.PackageProperties.Title;
    }

    [Fact]
    public async Task Changing_the_theme_rewrites_every_page()
    {
        using var theme = new TempGuide(RepoPaths.Theme);
        await using var server = new PreviewServer(_guide.Options("site") with { ThemeDirectory = theme.Content }, _ => { });
        theme.Replace("partials/footer.sbn-html", "<footer class=\"site-footer\">", "<footer class=\"site-footer changed\">");
        var rebuilt = await server.RebuildAsync();
        rebuilt.Changed.Count(p => p.EndsWith(".html", StringComparison.Ordinal)).ShouldBe(rebuilt.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html" && p != "index.html"));
    }

    [Fact]
    public async Task Saving_a_file_in_the_guides_theme_folder_rewrites_every_page_with_it()
    {
        await using var server = new PreviewServer(_guide.Options("site"), _ => { });
        await server.RebuildAsync();
        var footer = File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", "footer.sbn-html"))
            .Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer ours\">", StringComparison.Ordinal);
        _guide.Write("theme/partials/footer.sbn-html", footer);

        var rebuilt = await server.RebuildAsync([_guide.PathOf("theme/partials/footer.sbn-html")]);

        rebuilt.Failed.ShouldBeFalse();
        rebuilt.Files["en/01-alpha/index.html"].Text!.ShouldContain("<footer class=\"site-footer ours\">");
    }

    [Fact]
    public async Task A_misspelt_name_in_a_template_is_reported_and_the_previous_pages_are_served_on()
    {
        await using var server = new PreviewServer(_guide.Options("site"), _ => { });
        var before = (await server.RebuildAsync()).Files["en/index.html"].Text;
        _guide.Write("theme/partials/footer.sbn-html", "<footer>{{ guide_titel }}</footer>\n");

        var rebuilt = await server.RebuildAsync([_guide.PathOf("theme/partials/footer.sbn-html")]);

        rebuilt.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.TemplateRender && d.Location.Line == 1 && d.Location.Path.EndsWith("theme/partials/footer.sbn-html", StringComparison.Ordinal));
        rebuilt.Files["en/index.html"].Text.ShouldBe(before);
    }

    [Fact]
    public async Task The_open_page_shows_the_error_overlay_and_reloads_when_the_file_is_fixed()
    {
        await using var watching = new PreviewServer(_guide.Options("site"), _ => { });
        var address = await watching.StartAsync(0, CancellationToken.None);
        await using var session = await Browser.BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(address, "/en/01-alpha/").AbsoluteUri);
        await page.WaitForFunctionAsync("() => !!window.EventSource");

        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var overlay = page.Locator("#guide-error-overlay");
        await overlay.WaitForAsync(new() { Timeout = 15000 });
        (await overlay.InnerTextAsync()).ShouldContain("GB007");

        var reloaded = new TaskCompletionSource();
        page.Load += (_, _) => reloaded.TrySetResult();
        _guide.Replace("en/02-beta.md", "tab: bleu", "tab: blue");
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(15));
        (await page.Locator("#guide-error-overlay").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Print_preview_shows_the_textbook_html()
    {
        var html = await Get("/__guide/print/fr");
        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain("href=\"/assets/print.css\"");
        html.ShouldContain("Table des matières");
        using var css = await _http.GetAsync(new Uri(_address, "/assets/print.css"));
        ((int)css.StatusCode).ShouldBe(200, "the print preview's stylesheet");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost:1")]
    public async Task A_request_for_another_host_is_refused_against_dns_rebinding(string host)
    {
        foreach (var path in new[] { "/en/01-alpha/", "/__guide/status", "/__guide/print/en" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, path));
            request.Headers.Host = host.Replace("{port}", _address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var response = await _http.SendAsync(request);
            ((int)response.StatusCode).ShouldBe(403, $"{host} {path}");
            (await response.Content.ReadAsStringAsync()).ShouldContain("only answers requests addressed to");
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    public async Task A_request_for_a_loopback_name_with_the_port_is_served(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, "/en/01-alpha/"));
        request.Headers.Host = $"{name}:{_address.Port}";
        using var response = await _http.SendAsync(request);
        ((int)response.StatusCode).ShouldBe(200, name);
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_in_the_terminal_the_status_and_the_page()
    {
        var fail = false;
        var reported = new List<PreviewBuild>();
        await using var watching = new PreviewServer(_guide.Options("site"), reported.Add, () =>
        {
            if (fail)
            {
                throw new InvalidOperationException("a bug in the build");
            }
        });
        var address = await watching.StartAsync(0, CancellationToken.None);
        using var events = await _http.GetStreamAsync(new Uri(address, "/__guide/events"));
        using var reader = new StreamReader(events);
        (await reader.ReadLineAsync()).ShouldBe(": connected");

        fail = true;
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants often face gaps");
        (await ReadEventAsync(reader)).ShouldBe("errors");
        reported[^1].Failed.ShouldBeTrue();
        reported[^1].Diagnostics.ShouldContain(d => d.Code == "GB041" && d.Message.Contains("a bug in the build"));
        var status = JsonDocument.Parse(await _http.GetStringAsync(new Uri(address, "/__guide/status"))).RootElement;
        status.GetProperty("failed").GetBoolean().ShouldBeTrue();
        status.GetProperty("lastGoodBuild").GetBoolean().ShouldBeTrue();
        status.GetProperty("diagnostics")[0].GetProperty("code").GetString().ShouldBe("GB041");
        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Migrants face gaps"); // the last good build

        fail = false;
        _guide.Replace("en/01-alpha.md", "Migrants often face gaps", "Migrants always face gaps");
        (await ReadEventAsync(reader)).ShouldBe("reload");
        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Migrants always face gaps");
    }

    [Fact]
    public async Task A_module_file_that_cannot_be_read_is_a_content_error_not_a_crash()
    {
        File.CreateSymbolicLink(_guide.PathOf("en/03-gamma.md"), _guide.PathOf("gone.md"));
        var rebuilt = await _server.RebuildAsync();
        rebuilt.Failed.ShouldBeTrue();
        rebuilt.Diagnostics.ShouldContain(d => d.Code == "GB040" && d.Location.Path.EndsWith("en/03-gamma.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_recovers_when_the_content_folder_is_deleted_and_created_again()
    {
        await using var watching = new PreviewServer(_guide.Options("site"), _ => { });
        var address = await watching.StartAsync(0, CancellationToken.None);
        using var events = await _http.GetStreamAsync(new Uri(address, "/__guide/events"));
        using var reader = new StreamReader(events);
        (await reader.ReadLineAsync()).ShouldBe(": connected");

        Directory.Delete(_guide.Content, recursive: true);
        (await ReadEventAsync(reader)).ShouldBe("errors");

        TempGuide.CopyDirectory(RepoPaths.MiniFixture, _guide.Content);
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants face new gaps");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await ReadEventAsync(reader) is var received && received != "reload")
        {
            received.ShouldBe("errors", "only errors (a half-copied folder) may come before the reload");
            timeout.Token.ThrowIfCancellationRequested();
        }

        // The folder is watched again: a later save is seen too.
        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Migrants face new gaps");
        _guide.Replace("en/01-alpha.md", "Migrants face new gaps", "Migrants face newer gaps");
        while (await ReadEventAsync(reader) is var received && received != "reload")
        {
            timeout.Token.ThrowIfCancellationRequested();
        }

        (await _http.GetStringAsync(new Uri(address, "/en/01-alpha/"))).ShouldContain("Migrants face newer gaps");
    }

    private static async Task<string> ReadEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line["event: ".Length..];
            }
        }

        return "";
    }
}
