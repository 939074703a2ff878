using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Markdown;

public sealed class MarkdownTests
{
    private static readonly UiStrings English = new("en", new Dictionary<string, string>
    {
        ["good_practice"] = "Good practice",
        ["protection_gap"] = "Protection gap",
        ["video"] = "Video",
        ["video_online"] = "Watch the video online",
    });

    private static (string Html, ParsedMarkdown Parsed, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText(markdown, new SourceLocation("m.md", 10, 1)), diagnostics);
        return (MarkdownHtml.Render(parsed, English).Markup, parsed, diagnostics.Items);
    }

    [Fact]
    public void Box_renders_as_labelled_aside_with_its_title()
    {
        var (html, _, diagnostics) = Render("::: good-practice Philippines: a fund\nWelfare *funds* help.\n:::\n");
        diagnostics.ShouldBeEmpty();
        html.ShouldContain("<aside class=\"box box-good-practice\" aria-label=\"Good practice: Philippines: a fund\">");
        html.ShouldContain("<span class=\"box-kind\">Good practice</span> <span class=\"box-title\">Philippines: a fund</span>");
        html.ShouldContain("<p>Welfare <em>funds</em> help.</p>");
    }

    [Fact]
    public void Online_video_is_a_link_not_an_embed()
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText("::: video https://example.org/v\nAbout it.\n:::\n", new SourceLocation("m.md", 1, 1)), diagnostics);
        new LinkRewriter(new NoTargets(), new MediaResolver(new ContentFolder(Path.GetTempPath())), "en", ["en"], diagnostics).Rewrite(parsed, new HashSet<string>());
        var html = MarkdownHtml.Render(parsed, English).Markup;
        html.ShouldContain("<a href=\"https://example.org/v\" rel=\"noopener\">Watch the video online</a>");
        html.ShouldNotContain("<iframe");
        html.ShouldNotContain("<video");
    }

    [Fact]
    public void Headings_get_stable_unique_accent_folded_ids()
    {
        var (_, parsed, _) = Render("## Protección social\n\n## Protección social\n\n## Objectives\n\n## Own {#custom-id}\n");
        parsed.Headings.Select(h => h.Id).ShouldBe(["proteccion-social", "proteccion-social-2", "objectives-2", "custom-id"]);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_and_warned_about()
    {
        var (html, _, diagnostics) = Render("Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">block</div>\n");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<div onclick");
        html.ShouldContain("&lt;script&gt;");
        diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.RawHtml && !d.IsError);
        diagnostics.Count.ShouldBeGreaterThanOrEqualTo(2);
        diagnostics[0].Location.Line.ShouldBe(10);
    }

    [Fact]
    public void Event_handler_attributes_are_dropped()
    {
        var (html, _, diagnostics) = Render("A paragraph {onclick=\"steal()\" .note}\n");
        html.ShouldNotContain("onclick");
        html.ShouldContain("class=\"note\"");
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.RawHtml);
    }

    [Fact]
    public void Javascript_links_are_refused()
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText("[x](javascript:alert(1))", new SourceLocation("m.md", 1, 1)), diagnostics);
        new LinkRewriter(new NoTargets(), new MediaResolver(new ContentFolder(Path.GetTempPath())), "en", ["en"], diagnostics).Rewrite(parsed, new HashSet<string>());
        MarkdownHtml.Render(parsed, English).Markup.ShouldNotContain("javascript:");
        diagnostics.Items.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.IsError);
    }

    [Fact]
    public void Tables_footnotes_and_figures_render()
    {
        var (html, _, _) = Render("| A | B |\n|---|---|\n| 1 | 2 |\n\nText.[^1]\n\n^^^\n![alt](x.png)\n^^^ Caption\n\n[^1]: Note.\n");
        html.ShouldContain("<table>");
        html.ShouldContain("<figcaption>Caption</figcaption>");
        html.ShouldContain("class=\"footnote-ref\"");
    }

    [Fact]
    public void Search_sections_split_at_headings()
    {
        var (_, parsed, _) = Render("Intro text.\n\n## First part\n\nAlpha **beta**.\n\n## Second\n\nGamma.\n");
        var sections = SectionTextExtractor.Extract(parsed);
        sections.Select(s => s.AnchorId).ShouldBe([null, "first-part", "second"]);
        sections[1].Text.ShouldBe("Alpha beta.");
    }

    [Fact]
    public void Search_text_folds_breaking_white_space_keeps_no_break_spaces_and_trims_each_block()
    {
        // A table, a list, a line break, tabs, no-break spaces inside and at the edges of blocks, and text beyond the Basic Multilingual Plane.
        const string markdown = "\u00a0Intro\tline  one\\\nline two \U0001F600\u00a0\n\n| a | b |\n|---|---|\n| c\u2003d | e : f\u202f! |\n\n- one\n- two\u00a0\n\n## Part\n\n\u00a0\u00a0\n\nEnd.\n";
        var (_, parsed, _) = Render(markdown);

        var sections = SectionTextExtractor.Extract(parsed);

        sections.Select(s => s.Text).ShouldBe(SearchTextAsItWasMade(parsed));
        sections[0].Text.ShouldBe("Intro line one line two \U0001F600 a b c\u2003d e : f\u202f! one two");
        sections[1].Utf8Text.ToArray().ShouldBe(System.Text.Encoding.UTF8.GetBytes("End."));
    }

    /// <summary>The search text as it was made before it was folded while copied: each block's text trimmed, the section split into words and joined.</summary>
    private static List<string> SearchTextAsItWasMade(ParsedMarkdown parsed)
    {
        var sections = new List<string>();
        var text = new System.Text.StringBuilder();
        foreach (var block in parsed.Document)
        {
            if (block is Markdig.Syntax.HeadingBlock)
            {
                sections.Add(string.Join(' ', text.ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
                text.Clear();
                continue;
            }

            var leaves = block is Markdig.Syntax.LeafBlock self ? [self] : Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.LeafBlock>(block);
            text.Append(string.Concat(leaves.Select(leaf => InlineTextOf(leaf.Inline) + " ")).Trim()).Append(' ');
        }

        sections.Add(string.Join(' ', text.ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        return sections;
    }

    private static string InlineTextOf(Markdig.Syntax.Inlines.ContainerInline? inline) => inline is null ? "" : string.Concat(inline.Select(child => child switch
    {
        Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
        Markdig.Syntax.Inlines.CodeInline code => code.Content,
        Markdig.Extensions.SmartyPants.SmartyPant smart => SmartTypography.Plain(smart.Type),
        Markdig.Syntax.Inlines.LineBreakInline => " ",
        Markdig.Syntax.Inlines.ContainerInline nested => InlineTextOf(nested),
        _ => "",
    }));

    [Fact]
    public void Plain_keyboard_quotes_and_dashes_become_typographic_in_each_language()
    {
        var parsed = MarkdownParser.Parse(new LocatedText("A worker's \"rights\" -- all of them... Workers' 'own' `it's`\n", new SourceLocation("m.md", 1, 1)), new DiagnosticBag());

        MarkdownHtml.Render(parsed, English).Markup.ShouldContain("A worker’s “rights” – all of them… Workers’ ‘own’ <code>it's</code>");
        MarkdownHtml.Render(parsed, new UiStrings("fr", new Dictionary<string, string>())).Markup.ShouldContain("A worker’s «\u00a0rights\u00a0» – all of them…");
        MarkdownHtml.Render(parsed, new UiStrings("es", new Dictionary<string, string>())).Markup.ShouldContain("A worker’s «rights» – all of them…");
        SectionTextExtractor.Extract(parsed)[0].Text.ShouldBe("A worker’s “rights” – all of them… Workers’ ‘own’ it's");
    }

    [Theory]
    [InlineData("en", "A worker's \"floor\" -- and the rest --- all of it...", "A worker’s “floor” – and the rest — all of it…")]
    [InlineData("fr", "Le \"socle\" de l'État", "Le «\u00a0socle\u00a0» de l’État")]
    [InlineData("es", "(\"piso\") y *nada* más", "(«piso») y *nada* más")]
    [InlineData("en", "Already “curly” and plain", "Already “curly” and plain")]
    public void Front_matter_text_gets_the_same_typography_without_being_read_as_markdown(string language, string text, string typeset) =>
        SmartTypography.PlainText(text, language).ShouldBe(typeset);

    [Theory]
    [InlineData("Who is left out?", "who-is-left-out")]
    [InlineData("¿Quién queda excluido?", "quien-queda-excluido")]
    [InlineData("Les accords : égalité de traitement", "les-accords-egalite-de-traitement")]
    [InlineData("???", "section")]
    public void Slugs_are_lowercase_hyphenated_ascii(string text, string slug) => Slugs.FromText(text).ShouldBe(slug);

    private sealed class NoTargets : ILinkTargets
    {
        public IEnumerable<string> FileNames => [];

        public LinkTarget? FindModule(string fileName) => null;

        public bool IsUnreadable(string fileName) => false;
    }
}
