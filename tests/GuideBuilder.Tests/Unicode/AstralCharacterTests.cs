using System.IO.Compression;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Unicode;

/// <summary>Characters outside the Basic Multilingual Plane (emoji, rare CJK) go through to every output intact.</summary>
public sealed class AstralCharacterTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private void WriteAstralContent()
    {
        _guide.Replace("guide.yml", "  en: Mini guide", "  en: \"Mini guide 😀\"")
            .Replace("en/01-alpha.md", "title: Alpha module", "title: \"Alpha 🌍 module\"")
            .Replace("en/01-alpha.md", "name: Amara Diallo", "name: 𠮷田 花子")
            .Replace("en/01-alpha.md", "## Who is left out? {#left-out}", "## Hello 😀\n\n## Who is left out? {#left-out}");
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_guide.Output, relative));

    [Fact]
    public void Emoji_in_titles_and_headings_build_into_the_site_ebox_search_and_slides()
    {
        WriteAstralContent();
        var result = _guide.Build("site", "ebox");

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var page = Read("site/en/01-alpha/index.html");
        page.ShouldContain("Alpha 🌍 module");
        page.ShouldContain("Hello 😀");
        page.ShouldContain("id=\"hello\"");
        Read("ebox/en/01-alpha/index.html").ShouldContain("Hello 😀");
        var index = Read("site/en/search-index.js");
        using (var json = System.Text.Json.JsonDocument.Parse(index[index.IndexOf('{', StringComparison.Ordinal)..(index.LastIndexOf('}') + 1)]))
        {
            json.RootElement.GetProperty("sections").EnumerateArray().ShouldContain(section => section[2].GetString() == "Hello 😀");
        }
        using var deck = ZipFile.OpenRead(Path.Combine(_guide.Output, "site", "downloads", "slides", "en", "01-alpha.pptx"));
        var cover = new StreamReader(deck.GetEntry("ppt/slides/slide1.xml")!.Open()).ReadToEnd();
        cover.ShouldContain("Alpha 🌍 module");
        cover.ShouldContain("Mini guide 😀");
    }

    [Fact]
    public void A_voice_named_in_rare_cjk_characters_gets_whole_initials()
    {
        WriteAstralContent();
        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        Read("site/en/01-alpha/index.html").ShouldContain("aria-hidden=\"true\">𠮷花</span>");
    }

    [Fact]
    public void A_new_module_titled_with_an_emoji_gets_a_plain_file_name()
    {
        var (code, _, errors) = CliRunner.Run("new", "module", "--content", _guide.Content, "--number", "3", "--title", "Migrants 🌍");

        errors.ShouldNotContain("   at ");
        code.ShouldBe(0, errors);
        Directory.GetFiles(Path.Combine(_guide.Content, "en"), "03-*.md").Select(Path.GetFileName).ShouldBe(["03-migrants.md"]);
    }

    [Fact]
    public void Emoji_reach_the_textbook_text_and_metadata()
    {
        WriteAstralContent();
        var result = _guide.Build("pdf");
        if (result.Diagnostics.Any(d => d.Code == GuideBuilder.Diagnostics.DiagnosticCodes.BrowserMissing))
        {
            return;
        }

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var book = Path.Combine(_guide.Output, "pdf", "mini-guide-en.pdf");
        var text = ExternalTool.Run("pdftotext", book, "-").Output;
        text.ShouldContain("Alpha 🌍 module");
        text.ShouldContain("Hello 😀");
        ExternalTool.Run("pdfinfo", book).Output.ShouldContain("Mini guide 😀");
    }
}
