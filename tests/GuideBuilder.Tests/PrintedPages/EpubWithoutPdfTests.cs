using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Support.EpubReader;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>The EPUB with and without the textbook built in the same run.</summary>
public sealed class EpubWithoutPdfTests
{
    [Fact]
    public void Built_alone_the_epub_has_no_page_list_says_so_and_still_passes_epubcheck()
    {
        using var guide = new TempGuide();
        var result = guide.Build("epub");
        result.Succeeded.ShouldBeTrue();
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("GB080");
        warning.Hint!.ShouldContain("--formats pdf,epub");
        var book = In(guide.Output)["en"];
        book.Text("OEBPS/nav.xhtml").ShouldNotContain("page-list");
        book.Text("OEBPS/text/01-alpha.xhtml").ShouldNotContain("pagebreak");
        book.Meta("schema:accessibilityFeature").ShouldNotContain("pageNavigation");
        book.Package.Descendants(Dc + "source").ShouldBeEmpty();
        EpubCheck.Run(book.Path).ShouldContain("0 fatals / 0 errors / 0 warnings");
    }

    [Fact]
    public void Built_with_the_pdf_the_same_guide_gives_the_same_epub_bytes()
    {
        byte[] Build()
        {
            using var guide = new TempGuide();
            var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(guide.Options("pdf", "epub") with { Languages = ["fr"] });
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
            result.Diagnostics.ShouldBeEmpty();
            var book = In(guide.Output)["fr"];
            book.Text("OEBPS/nav.xhtml").ShouldContain("page-list");
            return File.ReadAllBytes(book.Path);
        }

        Build().ShouldBe(Build());
    }
}
