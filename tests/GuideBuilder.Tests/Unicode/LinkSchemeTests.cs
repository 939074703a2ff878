using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Unicode;

/// <summary>One scheme rule for every kind of link: https, http, mailto or the guide's own files; nothing that runs.</summary>
public sealed class LinkSchemeTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private void AddToBody(string markdown) => _guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.", markdown);

    private List<Diagnostic> SchemeErrors() =>
        [.. _guide.Check().Where(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("scheme", StringComparison.Ordinal))];

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JaVaScRiPt:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt&#58;alert(1))")]
    [InlineData("[x][r]\n\n[r]: JAVASCRIPT:alert(1)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](DATA:image/svg+xml,x)")]
    public void A_link_that_would_run_code_is_an_error_at_the_link(string markdown)
    {
        AddToBody(markdown);

        var error = SchemeErrors().ShouldHaveSingleItem();
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        error.Location.Line.ShouldBe(37);
    }

    [Fact]
    public void An_autolink_with_a_scheme_that_runs_code_never_reaches_the_page()
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText("See <javascript:alert(1)> and <JaVaScRiPt:alert(2)>.", new SourceLocation("m.md", 1, 1)), diagnostics);
        new LinkRewriter(new NoTargets(), new MediaResolver(new ContentFolder(Path.GetTempPath())), "en", ["en"], diagnostics).Rewrite(parsed, new HashSet<string>());

        var html = MarkdownHtml.Render(parsed, new UiStrings("en", new Dictionary<string, string>())).Markup;
        html.ShouldNotContain("href", Case.Insensitive);
        html.ShouldContain("javascript:alert(1)");
        diagnostics.Items.Count(d => d.IsError).ShouldBe(2);
    }

    [Theory]
    [InlineData("<https://www.ilo.org/r202>")]
    [InlineData("<someone@example.org>")]
    [InlineData("[x](MAILTO:someone@example.org)")]
    [InlineData("[x](HTTPS://www.ilo.org)")]
    public void Web_and_mail_links_are_fine_in_any_case(string markdown)
    {
        AddToBody(markdown);

        SchemeErrors().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,x")]
    public void A_resource_url_that_would_run_code_is_an_error(string url)
    {
        _guide.Replace("en/01-alpha.md", "url: https://www.ilo.org/r202", $"url: \"{url}\"");

        _guide.Check().ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Location.Line == 33);
    }

    private sealed class NoTargets : ILinkTargets
    {
        public IEnumerable<string> FileNames => [];

        public LinkTarget? FindModule(string fileName) => null;

        public bool IsUnreadable(string fileName) => false;
    }
}
