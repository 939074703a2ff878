using System.Text.Json;
using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Pdf;

/// <summary>
/// A textbook's second print is only there to put the measured page numbers and blank versos in
/// place: a build that starts from the last build's layout prints an unchanged book once, and a book
/// whose pages moved is measured again until it is right.
/// </summary>
public sealed class LayoutCacheTests
{
    private const string Book = "mini-guide-en.pdf";

    [Fact]
    public void An_unchanged_book_prints_once_from_the_last_builds_layout_and_gives_the_same_bytes()
    {
        using var guide = new TempGuide();
        var first = Build(guide, guide.Options("pdf") with { Languages = ["en"] });
        first.ShouldContain(name => name.StartsWith("PDF en pass 2", StringComparison.Ordinal));
        var firstBook = File.ReadAllBytes(Path.Combine(guide.Output, "pdf", Book));

        var second = Build(guide, guide.Options("pdf") with { Languages = ["en"] });

        second.Where(name => name.StartsWith("PDF en pass", StringComparison.Ordinal)).ShouldBe(["PDF en pass 1 (the last build's layout)"]);
        File.ReadAllBytes(Path.Combine(guide.Output, "pdf", Book)).ShouldBe(firstBook);
    }

    [Fact]
    public void A_book_whose_pages_moved_is_measured_again_and_is_the_book_a_build_without_cache_prints()
    {
        using var guide = new TempGuide();
        Build(guide, guide.Options("pdf") with { Languages = ["en"] });
        var before = ExternalTool.Run("pdftotext", Path.Combine(guide.Output, "pdf", Book), "-").Output;
        var longer = string.Concat(Enumerable.Range(1, 60).Select(i => $"\n\nParagraph {i} of added text that pushes the later modules onto other pages."));
        guide.Write("en/01-alpha.md", File.ReadAllText(guide.PathOf("en/01-alpha.md")) + longer);

        var cached = Build(guide, guide.Options("pdf") with { Languages = ["en"] });
        var cold = Path.Combine(guide.Root, "cold");
        Build(guide, guide.Options("pdf") with { Languages = ["en"], OutputDirectory = cold, NoCache = true });

        cached.ShouldContain(name => name.StartsWith("PDF en pass 2", StringComparison.Ordinal), "the pages moved: the first print's layout was not the book's");
        var text = ExternalTool.Run("pdftotext", Path.Combine(guide.Output, "pdf", Book), "-").Output;
        text.ShouldNotBe(before);
        text.ShouldBe(ExternalTool.Run("pdftotext", Path.Combine(cold, "pdf", Book), "-").Output);
        File.ReadAllBytes(Path.Combine(guide.Output, "pdf", Book)).ShouldBe(File.ReadAllBytes(Path.Combine(cold, "pdf", Book)));
    }

    [Fact]
    public void A_kept_layout_that_lies_is_measured_again_and_never_reaches_the_book()
    {
        using var guide = new TempGuide();
        Build(guide, guide.Options("pdf") with { Languages = ["en"] });
        var cache = Path.Combine(guide.Output, BuildCache.FolderName);
        var kept = Directory.GetFiles(Path.Combine(cache, "layouts"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        var lie = JsonSerializer.SerializeToUtf8Bytes(new
        {
            BlankBefore = new[] { "../../etc/passwd", "<script>alert(1)</script>", "p-alpha" },
            PageLabels = new Dictionary<string, string> { ["p-alpha"] = "<b>99</b>\u0000", ["p-beta"] = "👩🏽‍🌾", ["CON"] = "\u202e7" },
        });
        new CacheFolder(cache).Write("layouts", Path.GetFileName(kept), lie);

        var again = Build(guide, guide.Options("pdf") with { Languages = ["en"] });
        var cold = Path.Combine(guide.Root, "cold");
        Build(guide, guide.Options("pdf") with { Languages = ["en"], OutputDirectory = cold, NoCache = true });

        again.ShouldContain("PDF en pass 1 (the last build's layout)");
        again.ShouldContain(name => name.StartsWith("PDF en pass 2", StringComparison.Ordinal), "the kept layout was not the book's");
        File.ReadAllBytes(Path.Combine(guide.Output, "pdf", Book)).ShouldBe(File.ReadAllBytes(Path.Combine(cold, "pdf", Book)));
    }

    [Fact]
    public void A_build_without_cache_keeps_no_layout()
    {
        using var guide = new TempGuide();
        Build(guide, guide.Options("pdf") with { Languages = ["en"], NoCache = true });

        var again = Build(guide, guide.Options("pdf") with { Languages = ["en"] });

        again.ShouldContain("PDF en pass 1 (draft)");
    }

    private static List<string> Build(TempGuide guide, BuildOptions options)
    {
        var progress = new TimingProgress();
        var result = new GuideBuild(progress, new ChromiumPdfProducer()).Run(options);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return [.. progress.Entries.Select(e => e.Name)];
    }
}
