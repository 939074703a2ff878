using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Theme;

/// <summary>A guide's own theme/ folder overrides the theme file by file; a template mistake is an error at its line.</summary>
public sealed class ThemeOverrideTests
{
    private static string DefaultFile(string relative) => File.ReadAllText(Path.Combine(RepoPaths.Theme, relative));

    private static (int Code, string Out, string Err) Build(TempGuide guide) =>
        CliRunner.Run("build", "--content", guide.Content, "--out", guide.Output, "--formats", "site,ebox", "--theme", RepoPaths.Theme, "--quiet");

    [Fact]
    public void A_footer_in_the_guides_theme_folder_is_on_every_page_with_a_footer()
    {
        using var guide = new TempGuide();
        guide.Write("theme/partials/footer.sbn-html", DefaultFile("partials/footer.sbn-html")
            .Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\">\n  <p class=\"our-footer\">{{ guide_title }} by Our Organisation</p>", StringComparison.Ordinal));
        guide.Write("theme/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var (code, _, err) = Build(guide);

        code.ShouldBe(0, err);
        var pages = Directory.EnumerateFiles(guide.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) is not ("site" or "ebox")).ToList(); // the language choice and the 404 page have no footer
        pages.Count.ShouldBe(2 * (3 + 9));
        pages.Where(f => !File.ReadAllText(f).Contains(" by Our Organisation</p>")).ShouldBeEmpty();
        File.ReadAllText(Path.Combine(guide.Output, "site", "fr", "index.html")).ShouldContain("<p class=\"our-footer\">Mini-guide by Our Organisation</p>");
        File.Exists(Path.Combine(guide.Output, "site", "assets", "logo.svg")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(guide.Output, "ebox", "assets", "guide.css")).ShouldBe(DefaultFile("assets/guide.css"));
    }

    [Fact]
    public void A_stylesheet_in_the_guides_theme_folder_replaces_the_default_one()
    {
        using var guide = new TempGuide();
        guide.Write("theme/assets/guide.css", "body { color: #123456; }\n");

        Build(guide).Code.ShouldBe(0);

        File.ReadAllText(Path.Combine(guide.Output, "site", "assets", "guide.css")).ShouldBe("body { color: #123456; }\n");
    }

    [Fact]
    public void A_misspelt_member_is_an_error_at_its_line_and_the_previous_output_stays()
    {
        using var guide = new TempGuide();
        Build(guide).Code.ShouldBe(0);
        var page = Path.Combine(guide.Output, "site", "en", "01-alpha", "index.html");
        var before = File.ReadAllText(page);
        var layout = DefaultFile("layouts/module.sbn-html").Replace("<h1 id=\"module-title\">{{ page.title }}</h1>", "<h1 id=\"module-title\">{{ page.titel }}</h1>", StringComparison.Ordinal);
        guide.Write("theme/layouts/module.sbn-html", layout);
        var line = layout.Split('\n').ToList().FindIndex(l => l.Contains("page.titel", StringComparison.Ordinal)) + 1;
        var column = layout.Split('\n')[line - 1].IndexOf("titel", StringComparison.Ordinal) + 1;

        var (code, _, err) = Build(guide);

        code.ShouldBe(1);
        err.ShouldContain($"theme/layouts/module.sbn-html:{line}:{column}: error {DiagnosticCodes.TemplateRender}:");
        err.ShouldContain("titel");
        err.ShouldNotContain("   at ");
        File.ReadAllText(page).ShouldBe(before);
    }

    [Fact]
    public void An_unknown_variable_in_a_partial_is_an_error_at_its_line()
    {
        using var guide = new TempGuide();
        guide.Write("theme/partials/footer.sbn-html", "<footer>\n  {{ guide_titel }}\n</footer>\n");

        var (code, _, err) = Build(guide);

        code.ShouldBe(1);
        err.ShouldContain($"theme/partials/footer.sbn-html:2:6: error {DiagnosticCodes.TemplateRender}: the template uses 'guide_titel'");
    }

    [Fact]
    public void A_template_that_does_not_parse_is_an_error_at_its_line_and_the_previous_output_stays()
    {
        using var guide = new TempGuide();
        Build(guide).Code.ShouldBe(0);
        var page = Path.Combine(guide.Output, "ebox", "en", "index.html");
        var before = File.ReadAllText(page);
        guide.Write("theme/partials/footer.sbn-html", "<footer>\n{{ if trainer }}\n<p>{{ guide_title }</p>\n</footer>\n");

        var (code, _, err) = Build(guide);

        code.ShouldBe(1);
        err.ShouldMatch($"theme/partials/footer\\.sbn-html:3:\\d+: error {DiagnosticCodes.TemplateSyntax}: the template does not parse");
        File.ReadAllText(page).ShouldBe(before);
    }

    [Fact]
    public void A_partial_that_does_not_exist_is_an_error_at_the_include()
    {
        using var guide = new TempGuide();
        guide.Write("theme/partials/footer.sbn-html", "<footer></footer>\n{{ include 'scripz' }}\n");

        var (code, _, err) = Build(guide);

        code.ShouldBe(1);
        err.ShouldContain($"theme/partials/footer.sbn-html:2:4: error {DiagnosticCodes.TemplateRender}: the theme has no partial 'scripz'");
    }

    [Fact]
    public void Guide_yml_names_a_base_theme_inside_the_guides_folder()
    {
        using var guide = new TempGuide();
        TempGuide.CopyDirectory(RepoPaths.Theme, Path.Combine(guide.Root, "themes", "ours"));
        File.AppendAllText(Path.Combine(guide.Root, "themes", "ours", "partials", "footer.sbn-html"), "<!-- our theme -->\n");
        File.AppendAllText(guide.PathOf("guide.yml"), "theme: themes/ours\n");

        var (code, _, err) = CliRunner.Run("build", "--content", guide.Content, "--out", guide.Output, "--formats", "site", "--quiet");

        code.ShouldBe(0, err);
        File.ReadAllText(Path.Combine(guide.Output, "site", "en", "index.html")).ShouldContain("<!-- our theme -->");
    }

    [Theory]
    [InlineData("../..", "is outside the guide's folder")]
    [InlineData("/etc", "is outside the guide's folder")]
    [InlineData("no-such-theme", "is not a theme")]
    public void Guide_yml_cannot_name_a_theme_outside_the_guides_folder_or_a_folder_that_is_no_theme(string theme, string message)
    {
        using var guide = new TempGuide();
        File.AppendAllText(guide.PathOf("guide.yml"), $"theme: {theme}\n");

        var (code, _, err) = CliRunner.Run("check", "--content", guide.Content);

        code.ShouldBe(1);
        err.ShouldContain($"guide.yml:18:1: error {DiagnosticCodes.ThemeNotFound}:");
        err.ShouldContain(message);
    }

    [Fact]
    public void A_misspelt_theme_key_in_guide_yml_suggests_theme()
    {
        using var guide = new TempGuide();
        File.AppendAllText(guide.PathOf("guide.yml"), "themes: themes/ours\n");

        var (code, _, err) = CliRunner.Run("check", "--content", guide.Content);

        code.ShouldBe(1);
        err.ShouldContain($"error {DiagnosticCodes.UnknownKey}");
        err.ShouldContain("'theme'");
    }
}
