using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Epub;

/// <summary>When the EPUBs are built with the site and the E-box, every page offers its language's book, like the textbook PDF.</summary>
public sealed class EpubDownloadTests
{
    [Fact]
    public void Every_module_page_of_the_site_and_the_ebox_offers_the_epub_of_its_language()
    {
        using var guide = new TempGuide();
        guide.Build("site", "ebox", "epub").Succeeded.ShouldBeTrue();
        foreach (var output in new[] { "site", "ebox" })
        {
            File.Exists(Path.Combine(guide.Output, output, "downloads", "mini-guide-fr.epub")).ShouldBeTrue(output);
            var page = File.ReadAllText(Path.Combine(guide.Output, output, "fr", "01-alpha", "index.html"));
            page.ShouldContain("downloads/mini-guide-fr.epub");
            page.ShouldNotContain("mini-guide-en.epub");
            page.ShouldContain("(EPUB)");
        }
    }
}
