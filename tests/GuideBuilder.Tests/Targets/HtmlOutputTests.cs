using AngleSharp.Html.Parser;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Targets;

/// <summary>What the site and the E-box write for the mini fixture guide.</summary>
public sealed class HtmlOutputTests : IClassFixture<HtmlOutputTests.BuiltMini>
{
    private readonly BuiltMini _built;

    public HtmlOutputTests(BuiltMini built) => _built = built;

    private string Read(string relative) => File.ReadAllText(Path.Combine(_built.Guide.Output, relative));

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Ebox_module_page_matches_the_approved_snapshot() => Approvals.Verify("ebox-en-01-alpha.html", Read("ebox/en/01-alpha/index.html"));

    [Fact]
    public void Site_module_page_matches_the_approved_snapshot() => Approvals.Verify("site-fr-01-alpha.html", Read("site/fr/01-alpha/index.html"));

    [Fact]
    public void No_address_placeholder_survives_in_any_page()
    {
        foreach (var file in Directory.EnumerateFiles(_built.Guide.Output, "*.html", SearchOption.AllDirectories))
        {
            File.ReadAllText(file).ShouldNotContain("gb:", customMessage: file);
        }
    }

    [Fact]
    public void Every_page_has_lang_and_every_image_has_alt()
    {
        foreach (var file in Directory.EnumerateFiles(_built.Guide.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parse(File.ReadAllText(file));
            document.DocumentElement.GetAttribute("lang").ShouldNotBeNullOrEmpty(file);
            document.QuerySelectorAll("img").ShouldAllBe(img => !string.IsNullOrEmpty(img.GetAttribute("alt")));
        }
    }

    [Fact]
    public void Module_page_shows_its_parts_in_order()
    {
        var html = Read("ebox/en/01-alpha/index.html");
        var order = new[] { "class=\"module-number\"", "<h1", "class=\"voices\"", "class=\"objectives\"", "class=\"module-body\"", "class=\"exercises\"", "class=\"key-messages\"", "class=\"resources\"" }
            .Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(i => i >= 0);
        order.ShouldBeInOrder();
    }

    [Fact]
    public void Facilitator_notes_are_left_out_by_default()
    {
        Read("ebox/en/01-alpha/index.html").ShouldNotContain("Secret trainer note");
        Read("ebox/en/search-index.js").ShouldNotContain("Secret trainer note");
    }

    [Fact]
    public void The_workshop_planner_is_not_in_the_participant_edition()
    {
        foreach (var target in new[] { "site", "ebox" })
        {
            Directory.EnumerateFiles(Path.Combine(_built.Guide.Output, target), "workshop-planner*", SearchOption.AllDirectories).ShouldBeEmpty();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_built.Guide.Output, target), "*.*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".html" or ".js" && !f.EndsWith("guide.js", StringComparison.Ordinal)))
            {
                File.ReadAllText(file).ShouldNotContain("planner", customMessage: file);
            }
        }
    }

    [Fact]
    public void Ebox_links_all_end_in_a_file_name_and_stay_inside()
    {
        var ebox = Path.Combine(_built.Guide.Output, "ebox");
        foreach (var file in Directory.EnumerateFiles(ebox, "*.html", SearchOption.AllDirectories))
        {
            var document = Parse(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], track[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#') || url.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = url.Split('#')[0];
                path.ShouldNotEndWith("/", customMessage: $"{file}: {url}");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                target.ShouldStartWith(ebox, customMessage: $"{file}: {url}");
                File.Exists(target).ShouldBeTrue($"{file}: {url} leads nowhere");
            }
        }
    }

    [Fact]
    public void Missing_translation_is_shown_from_the_source_with_a_notice_and_correct_lang()
    {
        var document = Parse(Read("site/es/02-beta/index.html"));
        document.DocumentElement.GetAttribute("lang").ShouldBe("es");
        document.QuerySelector("article.module")!.GetAttribute("lang").ShouldBe("en");
        var notice = document.QuerySelector(".translation-notice")!;
        notice.GetAttribute("lang").ShouldBe("es");
        notice.TextContent.ShouldContain("inglés");
    }

    [Fact]
    public void Site_pages_name_their_translations_but_not_fallbacks()
    {
        var alpha = Parse(Read("site/fr/01-alpha/index.html"));
        alpha.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ShouldBe(["en", "fr"]);
        alpha.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/mini/fr/01-alpha/");
        var beta = Parse(Read("site/fr/02-beta/index.html"));
        beta.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ShouldBe(["en"]);
    }

    [Fact]
    public void Language_switcher_stays_on_the_same_module()
    {
        var document = Parse(Read("site/fr/01-alpha/index.html"));
        document.QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")).ShouldBe(["../../en/01-alpha/", "../../es/01-alpha/"]);
    }

    [Fact]
    public void Site_has_sitemap_404_and_language_choice()
    {
        var sitemap = Read("site/sitemap.xml");
        sitemap.ShouldContain("<loc>https://example.org/mini/fr/01-alpha/</loc>");
        sitemap.ShouldNotContain("https://example.org/mini/fr/02-beta/");
        var notFound = Parse(Read("site/404.html"));
        notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe("/mini/assets/guide.css");
        Parse(Read("site/index.html")).QuerySelectorAll(".language-list a").Select(a => a.GetAttribute("href")).ShouldBe(["en/", "fr/", "es/"]);
    }

    [Fact]
    public void Language_specific_media_overrides_the_shared_file()
    {
        Parse(Read("ebox/fr/01-alpha/index.html")).QuerySelector(".module-body img")!.GetAttribute("src").ShouldBe("../media/figures/chart.svg");
        Read("ebox/fr/media/figures/chart.svg").ShouldContain("#1d5fa6");
        Parse(Read("ebox/en/01-alpha/index.html")).QuerySelector(".module-body img")!.GetAttribute("src").ShouldBe("../../media/figures/chart.svg");
    }

    [Fact]
    public void Search_index_is_a_script_with_sections_linking_to_anchors()
    {
        var index = Read("ebox/en/search-index.js");
        index.ShouldStartWith("window.GUIDE_SEARCH_INDEX = {");
        index.ShouldContain("\"u\":\"01-alpha/index.html\"");
        index.ShouldContain("\"left-out\",\"Who is left out?\"");
        Read("site/en/search-index.js").ShouldContain("\"u\":\"01-alpha/\"");
    }

    [Fact]
    public void Search_index_is_one_statement_of_json_in_utf8_whatever_the_language()
    {
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var index = Read($"site/{language}/search-index.js");
            index.ShouldEndWith("};\n");
            using var json = System.Text.Json.JsonDocument.Parse(index["window.GUIDE_SEARCH_INDEX = ".Length..^";\n".Length]);
            json.RootElement.GetProperty("language").GetString().ShouldBe(language);
        }

        Read("site/fr/search-index.js").ShouldContain("régime");
    }

    [Fact]
    public void Ebox_zip_holds_the_ebox_folder()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_built.Guide.Output, "packages", "mini-guide-ebox.zip"));
        zip.Entries.Select(e => e.FullName).ShouldContain("mini-guide-ebox/index.html");
        zip.Entries.Select(e => e.FullName).ShouldContain("mini-guide-ebox/fr/01-alpha/index.html");
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 2000);
    }

    public sealed class BuiltMini : IDisposable
    {
        public BuiltMini()
        {
            Guide = new TempGuide();
            var result = Guide.Build();
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
