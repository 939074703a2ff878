using AngleSharp.Html.Parser;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Browser;
using GuideBuilder.Tests.Support;
using Microsoft.Playwright;

namespace GuideBuilder.Tests.Security;

/// <summary>
/// Markup in anything an author or translator writes is shown as text on every page of the site,
/// the E-box and the print HTML, whatever template or partial shows it and however it is indented.
/// </summary>
public sealed class HostileTextTests : IClassFixture<HostileTextTests.Built>
{
    private readonly Built _built;

    public HostileTextTests(Built built) => _built = built;

    [Fact]
    public void The_hostile_guide_builds()
    {
        _built.Result.Succeeded.ShouldBeTrue(string.Join('\n', _built.Result.Diagnostics));
        // Site and E-box: language choice(s), 3 homes, 9 module pages, 3 glossary pages and 3 index pages each; the trainer edition's workshop planner of each language.
        _built.Pages.Count.ShouldBe(2 + 3 + 9 + 3 + 3 + 1 + 3 + 9 + 3 + 3 + (2 * 3));
    }

    [Fact]
    public async Task No_page_of_the_site_or_the_ebox_runs_script_or_has_an_event_handler_attribute()
    {
        await using var session = await BrowserSession.StartAsync();
        var problems = new List<string>();
        foreach (var file in _built.Pages)
        {
            var page = await session.Browser.NewPageAsync();
            var dialogs = 0;
            page.Dialog += async (_, dialog) =>
            {
                dialogs++;
                await dialog.DismissAsync();
            };
            await page.AddInitScriptAsync("window.__ran = false; window.alert = window.confirm = window.prompt = () => { window.__ran = true; };");
            await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(50);
            var ran = await page.EvaluateAsync<bool>("window.__ran");
            var handlers = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))");
            var shown = await page.EvaluateAsync<string>("document.documentElement.textContent");
            if (ran || dialogs > 0 || handlers.Length > 0)
            {
                problems.Add($"{file}: script ran: {ran || dialogs > 0}, handlers: {string.Join(", ", handlers)}");
            }

            if (!shown.Contains(HostileGuide.Payload, StringComparison.Ordinal))
            {
                problems.Add($"{file}: the hostile text is not shown as text");
            }

            await page.CloseAsync();
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_search_index_scripts_hold_the_hostile_text_as_json_strings_only()
    {
        var indexes = Directory.EnumerateFiles(_built.Hostile.Guide.Output, "search-index.js", SearchOption.AllDirectories).ToList();
        indexes.Count.ShouldBe(6);
        foreach (var file in indexes)
        {
            var script = File.ReadAllText(file).Trim();
            const string Prefix = "window.GUIDE_SEARCH_INDEX = ";
            script.ShouldStartWith(Prefix);
            var json = script[Prefix.Length..].TrimEnd(';');
            using var document = System.Text.Json.JsonDocument.Parse(json);
            json.ShouldContain("Story", customMessage: file);
            document.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("t").GetString())
                .ShouldAllBe(title => title!.Contains("<img src=x onerror=alert(1)>"), file);
        }
    }

    [Fact]
    public void The_print_html_shows_the_hostile_text_as_text_in_every_language()
    {
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(_built.Hostile.Options("site"), diagnostics, SilentProgress.Instance)!;
        foreach (var edition in prepared.Document.Editions)
        {
            var html = new PrintBookBuilder(prepared.Document, prepared.Theme, prepared.Loaded.Folder).Build(edition, BookLayout.Unmeasured);
            var document = new HtmlParser().ParseDocument(html);
            document.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal))
                .Select(a => a.Name).ShouldBeEmpty(edition.Language);
            document.QuerySelectorAll("img[src='x']").ShouldBeEmpty(edition.Language);
            document.Body!.TextContent.ShouldContain(HostileGuide.Payload, customMessage: edition.Language);
            document.QuerySelector("style")!.TextContent.ShouldNotContain("</", customMessage: edition.Language);
        }
    }

    [Fact]
    public void Every_epub_shows_the_hostile_text_as_text_and_passes_epubcheck()
    {
        var output = Path.Combine(_built.Hostile.Guide.Root, "out-epub");
        var result = new GuideBuild(SilentProgress.Instance).Run(_built.Hostile.Options("epub") with { OutputDirectory = output });
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        var books = EpubReader.In(output);
        books.Keys.ShouldBe(["en", "es", "fr"], ignoreOrder: true);
        foreach (var (language, book) in books)
        {
            var documents = book.Entries.Where(e => e.EndsWith(".xhtml", StringComparison.Ordinal)).Select(book.Xml).ToList();
            documents.SelectMany(d => d.Descendants()).SelectMany(e => e.Attributes())
                .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty(language);
            documents.SelectMany(d => d.Descendants(EpubReader.Xhtml + "img")).Where(i => (string?)i.Attribute("src") == "x").ShouldBeEmpty(language);
            documents.SelectMany(d => d.Descendants(EpubReader.Xhtml + "script")).ShouldBeEmpty(language);
            string.Concat(documents.Select(d => d.Root!.Value)).ShouldContain(HostileGuide.Payload, customMessage: language);
            EpubCheck.Run(book.Path);
        }
    }

    /// <summary>The hostile guide, built once for the site and the E-box.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Hostile = new HostileGuide();
            Result = new GuideBuild(SilentProgress.Instance).Run(Hostile.Options("site", "ebox"));
            Pages = Directory.Exists(Hostile.Guide.Output)
                ? [.. Directory.EnumerateFiles(Hostile.Guide.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
                : [];
        }

        public HostileGuide Hostile { get; }

        public BuildResult Result { get; }

        public IReadOnlyList<string> Pages { get; }

        public void Dispose() => Hostile.Dispose();
    }
}
