using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using Microsoft.Playwright;

namespace GuideBuilder.Tests.Browser;

/// <summary>
/// Opens the E-box from file:// in headless Chromium (the system's, through Playwright) as a
/// trainer's participant would: every page, every link, and the search.
/// </summary>
public sealed class EboxBrowserTests : IClassFixture<HtmlOutputTests_Mini>
{
    private readonly HtmlOutputTests_Mini _built;

    public EboxBrowserTests(HtmlOutputTests_Mini built) => _built = built;

    private string EboxRoot => _built.EboxRoot;

    [Fact]
    public async Task Every_page_opens_from_file_with_no_request_outside_the_folder_and_no_broken_link()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        var rootUrl = new Uri(EboxRoot + "/").AbsoluteUri;
        var outside = new List<string>();
        var failed = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(rootUrl, StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.PageError += (_, error) => errors.Add(error);

        var queue = new Queue<string>([rootUrl + "index.html"]);
        var seen = new HashSet<string>(queue);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var response = await page.GotoAsync(url);
            response.ShouldNotBeNull(url);
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var link in links.Select(l => l.Split('#')[0]).Where(l => l.StartsWith("file:", StringComparison.Ordinal)))
            {
                File.Exists(new Uri(link).LocalPath).ShouldBeTrue($"{url} links to {link}, which does not exist");
                if (link.EndsWith(".html", StringComparison.Ordinal) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        seen.Count.ShouldBe(13); // language choice + 3 homes + 9 module pages
        outside.ShouldBeEmpty();
        failed.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_finds_accented_words_from_unaccented_prefixes_and_opens_the_section()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(EboxRoot, "en", "01-alpha", "index.html")).AbsoluteUri);
        var input = page.Locator("#search-input");
        await input.FillAsync("proteccio");
        var results = page.Locator("#search-results li");
        (await results.CountAsync()).ShouldBeGreaterThan(0);
        (await results.First.InnerTextAsync()).ShouldContain("Protección");
        await input.PressAsync("ArrowDown");
        (await results.First.GetAttributeAsync("aria-selected")).ShouldBe("true");
        await input.PressAsync("Enter");
        // Waiting for the commit and then for the heading, not for the "load" event: under a loaded
        // CI machine Playwright sometimes never reports "load" for a file:// navigation.
        await page.WaitForURLAsync("**/02-beta/index.html", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("h1", new() { HasText = "Beta module" }).WaitForAsync();
    }

    [Fact]
    public async Task Search_result_links_to_the_section_anchor()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(EboxRoot, "en", "index.html")).AbsoluteUri);
        await page.Locator("#search-input").FillAsync("IRREGULAR situ");
        var href = await page.Locator("#search-results a").First.GetAttributeAsync("href");
        href.ShouldBe("01-alpha/index.html#left-out");
        (await page.Locator(".search-status").InnerTextAsync()).ShouldBe("Results: 1");
    }

    [Fact]
    public async Task Escape_closes_the_results_and_a_second_escape_clears_the_search()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(EboxRoot, "en", "index.html")).AbsoluteUri);
        var input = page.Locator("#search-input");
        await input.FillAsync("protection");
        (await input.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        await input.PressAsync("Escape");
        (await input.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.Locator(".search-panel").IsHiddenAsync()).ShouldBeTrue();
        (await input.InputValueAsync()).ShouldBe("protection");
        await input.PressAsync("Escape");
        (await input.InputValueAsync()).ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("fr/index.html")]
    [InlineData("en/01-alpha/index.html")]
    [InlineData("es/02-beta/index.html")]
    public async Task Pages_pass_the_axe_accessibility_checks(string file)
    {
        await using var session = await BrowserSession.StartAsync();
        (await AxeCheck.ViolationsAsync(session, Path.Combine(EboxRoot, file))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(EboxRoot, "fr", "01-alpha", "index.html")).AbsoluteUri);
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Aller au contenu");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }

    [Fact]
    public async Task Switching_language_keeps_the_section_when_the_other_language_has_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(EboxRoot, "en", "01-alpha", "index.html")).AbsoluteUri + "#left-out");
        (await FrenchLink(page)).ShouldEndWith("/fr/01-alpha/index.html#left-out");

        await page.EvaluateAsync("location.hash = '#nowhere'");
        (await FrenchLink(page)).ShouldEndWith("/fr/01-alpha/index.html");

        await page.EvaluateAsync("location.hash = '#exercise-map-gaps'");
        await page.ClickAsync(".language-switcher a[lang=fr]");
        page.Url.ShouldEndWith("/fr/01-alpha/index.html#exercise-map-gaps");
    }

    private static Task<string> FrenchLink(IPage page) =>
        page.EvalOnSelectorAsync<string>(".language-switcher a[lang=fr]", "a => a.href");
}

/// <summary>The mini guide built once for the browser tests.</summary>
public sealed class HtmlOutputTests_Mini : IDisposable
{
    public HtmlOutputTests_Mini()
    {
        Guide = new TempGuide();
        Guide.Build("ebox").Succeeded.ShouldBeTrue();

        // Trainers hand the E-box out on sticks and discs whose folders have spaces and accents.
        EboxRoot = Path.Combine(Guide.Root, "Clé USB – guía", "ebox");
        TempGuide.CopyDirectory(Path.Combine(Guide.Output, "ebox"), EboxRoot);
    }

    public TempGuide Guide { get; }

    public string EboxRoot { get; }

    public void Dispose() => Guide.Dispose();
}

/// <summary>Playwright driving the system Chromium; Playwright's own browser download is never used.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var executable = BrowserLocator.Find() ?? throw new InvalidOperationException("No Chromium found: " + BrowserLocator.InstallHint);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
