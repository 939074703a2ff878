using AngleSharp.Html.Parser;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Glossary;

/// <summary>The glossary page, the term marks and the search index that the site and the E-box write.</summary>
public sealed class GlossaryHtmlTests : IClassFixture<GlossaryHtmlTests.Built>
{
    private readonly Built _built;

    public GlossaryHtmlTests(Built built) => _built = built;

    private string Read(string relative) => File.ReadAllText(Path.Combine(_built.Guide.Output, relative));

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void The_glossary_page_matches_the_approved_snapshot() => Approvals.Verify("ebox-en-glossary.html", Read("ebox/en/glossary/index.html"));

    [Fact]
    public void The_glossary_page_is_a_list_of_defined_terms_each_with_an_id_sorted_by_term()
    {
        var page = Parse(Read("site/en/glossary/index.html"));

        var entries = page.QuerySelectorAll("dl.glossary-list > div.glossary-entry");
        entries.Select(e => e.Id).ShouldBe(["term-portability", "term-social-protection", "term-totalization"]);
        entries.Select(e => e.QuerySelector("dt > dfn")!.TextContent).ShouldBe(["portability", "social protection", "totalisation"]);
        entries[0].QuerySelector(".glossary-plural")!.TextContent.ShouldBe("(portabilities)");
        entries[1].QuerySelector("dd em")!.TextContent.ShouldBe("reduce");
        entries[1].QuerySelector("dd a")!.GetAttribute("href").ShouldBe("../02-beta/");
    }

    [Fact]
    public void Every_page_links_to_the_glossary_from_the_navigation()
    {
        foreach (var (file, href) in new[] { ("ebox/en/01-alpha/index.html", "../glossary/index.html"), ("site/es/00-intro/index.html", "../glossary/") })
        {
            Parse(Read(file)).QuerySelector("nav.guide-nav .guide-nav-glossary a")!.GetAttribute("href").ShouldBe(href, file);
        }

        Parse(Read("ebox/fr/index.html")).QuerySelector(".home-glossary a")!.GetAttribute("href").ShouldBe("glossary/index.html");

        Parse(Read("ebox/en/glossary/index.html")).QuerySelector(".guide-nav-glossary a")!.GetAttribute("aria-current").ShouldBe("page");
    }

    [Fact]
    public void The_first_use_of_a_term_links_to_its_entry_with_a_toggletip_and_later_uses_are_plain()
    {
        var page = Parse(Read("ebox/en/01-alpha/index.html"));
        var body = page.QuerySelector(".module-body")!;

        var links = body.QuerySelectorAll("a.term-link");
        links.Select(a => a.GetAttribute("href")).ShouldBe(["../glossary/index.html#term-social-protection", "../glossary/index.html#term-portability"]);
        var toggles = body.QuerySelectorAll("button.term-toggle");
        toggles.Length.ShouldBe(2);
        foreach (var toggle in toggles)
        {
            toggle.GetAttribute("type").ShouldBe("button");
            toggle.GetAttribute("aria-expanded").ShouldBe("false");
            var tip = page.GetElementById(toggle.GetAttribute("aria-controls")!).ShouldNotBeNull();
            tip.HasAttribute("hidden").ShouldBeTrue();
            toggle.NextElementSibling.ShouldBe(tip);
        }

        toggles[0].GetAttribute("aria-label").ShouldBe("Definition: social protection");
        page.GetElementById("term-tip-social-protection")!.TextContent.ShouldBe("social protection Policies that reduce poverty and vulnerability; see beta.");
        body.TextContent.ShouldContain("Again Social protection, plainly.");
    }

    [Fact]
    public void A_translation_shows_its_own_entries_and_the_source_ones_it_lacks_in_their_language_with_a_notice()
    {
        var page = Parse(Read("site/fr/glossary/index.html"));

        var own = page.GetElementById("term-social-protection")!;
        own.QuerySelector("dfn")!.TextContent.ShouldBe("protection sociale");
        own.HasAttribute("lang").ShouldBeFalse();
        var fallback = page.GetElementById("term-portability")!;
        fallback.GetAttribute("lang").ShouldBe("en");
        fallback.QuerySelector("dfn")!.TextContent.ShouldBe("portability");
        var notice = fallback.QuerySelector(".glossary-notice")!;
        notice.GetAttribute("lang").ShouldBe("fr");
        notice.TextContent.ShouldContain("pas encore traduite");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Glossaire");

        // The French module's toggletip says what the French glossary says.
        Parse(Read("site/fr/01-alpha/index.html")).GetElementById("term-tip-social-protection")!.TextContent.ShouldStartWith("protection sociale Les politiques");
    }

    [Fact]
    public void The_language_switcher_of_the_glossary_page_leads_to_the_other_glossaries()
    {
        var links = Parse(Read("ebox/fr/glossary/index.html")).QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")).ToList();

        links.ShouldBe(["../../en/glossary/index.html", "../../es/glossary/index.html"]);
    }

    [Fact]
    public void Search_finds_a_glossary_entry_by_its_definition_and_opens_the_entry()
    {
        var script = Read("ebox/en/search-index.js");
        using var json = System.Text.Json.JsonDocument.Parse(script["window.GUIDE_SEARCH_INDEX = ".Length..^2]);
        var pages = json.RootElement.GetProperty("pages");
        var section = json.RootElement.GetProperty("sections").EnumerateArray()
            .Single(s => s[3].GetString()!.Contains("Adding up periods of insurance", StringComparison.Ordinal));

        section[1].GetString().ShouldBe("term-totalization");
        section[2].GetString().ShouldBe("totalisation");
        var page = pages[section[0].GetInt32()];
        page.GetProperty("t").GetString().ShouldBe("Glossary");
        page.GetProperty("u").GetString().ShouldBe("glossary/index.html");
    }

    [Fact]
    public void The_sitemap_lists_the_glossary_pages()
    {
        Read("site/sitemap.xml").ShouldContain("/fr/glossary/</loc>");
    }

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Guide = GlossaryGuide.Create();
            var result = Guide.Build("site", "ebox");
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
