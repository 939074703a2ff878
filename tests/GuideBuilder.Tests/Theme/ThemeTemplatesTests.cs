using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Theme;
using GuideBuilder.Translations;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Theme;

/// <summary>How a template writes values: escaped unless rendered HTML, addresses resolved for the page, unknown names are errors.</summary>
public sealed class ThemeTemplatesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "theme-test-" + Guid.NewGuid().ToString("N")[..12]);

    public ThemeTemplatesTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "layouts"));
        Directory.CreateDirectory(Path.Combine(_folder, "partials"));
        Directory.CreateDirectory(Path.Combine(_folder, "assets"));
        File.WriteAllText(Path.Combine(_folder, "assets", "guide.css"), "");
    }

    public sealed record Model(string Text, HtmlFragment Html, Address Link, IReadOnlyList<string> Items, string Empty);

    private static readonly Model Sample = new(
        "<img src=x onerror=alert(1)>\"'&",
        HtmlFragment.Empty,
        new PageAddress("beta", "standards"),
        ["a<b", "c"],
        "");

    private string Render(string template, Model? model = null)
    {
        File.WriteAllText(Path.Combine(_folder, "layouts", "t.sbn-html"), template);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeTemplates.Load(_folder, diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        return theme!.Render("t", model ?? Sample, new FixedAddresses());
    }

    [Fact]
    public void Text_is_escaped_in_content_and_attributes_whatever_the_indentation()
    {
        Render("<p title=\"{{ text }}\">{{ text }}</p>\n    {{ text }}\n{{ for item in items }}{{ item }}{{ end }}")
            .ShouldBe("<p title=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;\">&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;</p>\n    &lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;\na&lt;bc");
    }

    [Fact]
    public void A_partial_on_an_indented_line_is_escaped_too()
    {
        File.WriteAllText(Path.Combine(_folder, "partials", "p.sbn-html"), "<b>{{ text }}</b>\n<i>{{ text }}</i>\n");

        Render("<div>\n    {{ include 'p' ~}}\n</div>\n").ShouldBe(
            "<div>\n    <b>&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;</b>\n    <i>&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;</i>\n</div>\n");
    }

    [Fact]
    public void Rendered_html_is_written_as_it_is_and_addresses_as_urls_for_the_page()
    {
        var markdown = MarkdownParser.Parse(new LocatedText("*a* <b>", new SourceLocation("m.md", 1, 1)), new DiagnosticBag());
        var model = Sample with { Html = MarkdownHtml.Render(markdown, new UiStrings("en", new Dictionary<string, string>())) };
        Render("{{ html }}<a href=\"{{ link }}\">x</a><link href=\"{{ theme_file 'guide.css' }}\">", model)
            .ShouldBe("<p><em>a</em> &lt;b&gt;</p>\n<a href=\"page:beta#standards\">x</a><link href=\"theme:guide.css\">");
    }

    [Fact]
    public void Built_in_functions_work_and_a_template_cannot_change_them_for_the_pages_after_it()
    {
        Render("{{ items | array.size }} {{ 'ab' | string.upcase }}").ShouldBe("2 AB");

        Should.Throw<ThemeRenderException>(() => Render("{{ string.upcase = 'x' }}"));
        Render("{{ 'cd' | string.upcase }}").ShouldBe("CD");
    }

    [Fact]
    public void A_template_cannot_replace_the_themes_own_functions_for_the_pages_after_it()
    {
        File.WriteAllText(Path.Combine(_folder, "partials", "p.sbn-html"), "partial");
        File.WriteAllText(Path.Combine(_folder, "layouts", "bad.sbn-html"), "{{ include = 'x' }}{{ theme_file = 'y' }}");
        File.WriteAllText(Path.Combine(_folder, "layouts", "t.sbn-html"), "{{ include 'p' }} {{ theme_file 'guide.css' }}");
        var theme = ThemeTemplates.Load(_folder, new DiagnosticBag())!;

        // The names are the page's own variables from then on, in that page only.
        theme.Render("bad", Sample, new FixedAddresses()).ShouldBe("");

        // Pages of one theme share its functions, across threads too.
        var pages = Enumerable.Range(0, 64).AsParallel().Select(_ => theme.Render("t", Sample, new FixedAddresses())).ToList();
        pages.Distinct().ShouldHaveSingleItem().ShouldStartWith("partial ");
    }

    [Fact]
    public void Long_rendered_html_and_long_text_are_written_whole_in_order()
    {
        // Longer than the slices the output is written in, with a character of two UTF-16 units across every slice boundary.
        var paragraph = string.Concat(Enumerable.Range(0, 3000).Select(i => $"Word {i} \U0001F600 <x> "));
        var markdown = MarkdownParser.Parse(new LocatedText(paragraph, new SourceLocation("m.md", 1, 1)), new DiagnosticBag());
        var html = MarkdownHtml.Render(markdown, new UiStrings("en", new Dictionary<string, string>()));
        var model = Sample with { Html = html, Text = paragraph };

        var page = Render("[{{ html }}|{{ text }}]", model);

        page.ShouldBe($"[{html.Resolve(new FixedAddresses())}|{HtmlText.Escape(paragraph)}]");
        page.Length.ShouldBeGreaterThan(2 * 40_000);
    }

    [Fact]
    public void Pages_rendered_one_after_the_other_on_a_thread_keep_nothing_of_the_one_before()
    {
        var paragraph = string.Concat(Enumerable.Range(0, 5000).Select(i => $"Long {i} "));
        var longPage = Render("<main>{{ text }}</main>", Sample with { Text = paragraph });
        longPage.ShouldBe($"<main>{paragraph}</main>");

        Render("<p>{{ text }}</p>", Sample with { Text = "short" }).ShouldBe("<p>short</p>");
        Should.Throw<ThemeRenderException>(() => Render("<p>{{ text }}{{ txet }}</p>", Sample with { Text = paragraph }));
        Render("<p>{{ text }}</p>", Sample with { Text = "after an error" }).ShouldBe("<p>after an error</p>");
        Render("<main>{{ text }}</main>", Sample with { Text = paragraph }).ShouldBe(longPage);
    }

    [Fact]
    public void Empty_text_and_empty_lists_are_false()
    {
        Render("{{ if empty }}yes{{ else }}no{{ end }} {{ if items }}yes{{ end }}").ShouldBe("no yes");
    }

    [Theory]
    [InlineData("{{ txet }}", 1, 4, "the template uses 'txet'")]
    [InlineData("<p>\n  {{ link.nowhere }}</p>", 2, 11, "nowhere")]
    [InlineData("{{ include 'missing' }}", 1, 4, "the theme has no partial 'missing'")]
    [InlineData("{{ theme_file 'logo.svg' }}", 1, 4, "the theme has no file assets/logo.svg")]
    [InlineData("{{ theme_file '../guide.yml' }}", 1, 4, "the theme has no file assets/../guide.yml")]
    public void A_name_that_does_not_exist_is_an_error_at_its_line_and_column(string template, int line, int column, string message)
    {
        var error = Should.Throw<ThemeRenderException>(() => Render(template));

        error.Diagnostic.Code.ShouldBe(DiagnosticCodes.TemplateRender);
        error.Diagnostic.Location.Path.ShouldEndWith("layouts/t.sbn-html");
        (error.Diagnostic.Location.Line, error.Diagnostic.Location.Column).ShouldBe((line, column));
        error.Diagnostic.Message.ShouldContain(message);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_an_error_at_its_line()
    {
        File.WriteAllText(Path.Combine(_folder, "layouts", "t.sbn-html"), "<p>\n{{ if text }}\n");
        var diagnostics = new DiagnosticBag();

        ThemeTemplates.Load(_folder, diagnostics);

        var error = diagnostics.Items.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.TemplateSyntax);
        error.Location.Path.ShouldEndWith("layouts/t.sbn-html");
        error.Location.Line.ShouldBe(2);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class FixedAddresses : IAddressResolver
    {
        public string Page(PageAddress address) => $"page:{address.PageId}#{address.Fragment}";

        public string Asset(AssetAddress address) => "asset:" + address.ContentPath;

        public string ThemeFile(ThemeFileAddress address) => "theme:" + address.Name;

        public string Download(DownloadAddress address) => "download:" + address.FileName;

        public string EditionFile(EditionFileAddress address) => "edition:" + address.Name;

        public string EditionFolder(EditionFolderAddress address) => "../";

        public string Glossary(GlossaryAddress address) => "../glossary/" + (address.ConceptId is { } id ? "#" + GlossaryAddress.EntryAnchor(id) : "");

        public string PageNumber(PageNumberAddress address) => "";
    }
}
