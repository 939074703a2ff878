using GuideBuilder.Build;
using GuideBuilder.Palette;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Browser;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Pdf;

/// <summary>The textbook of the mini guide with a light palette: the thumb tabs keep the brand colour and their numbers stay readable on it.</summary>
public sealed class PaletteTextbookTests
{
    [Fact]
    public void A_thumb_tab_in_a_light_colour_keeps_it_and_numbers_the_module_in_ink()
    {
        using var guide = PalettedGuide.Create(PalettedGuide.Light);
        var result = guide.Build("pdf");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var book = Path.Combine(guide.Output, "pdf", "mini-guide-en.pdf");
        var anchors = PdfAnchors.Read(File.ReadAllBytes(book));
        var yellow = Srgb.Parse("#f2c500");

        var page = PpmImage.Render(book, anchors["p-alpha"], dpi: 150);
        var tabRows = Enumerable.Range(0, page.Height).Where(y => PpmImage.Near(page.At(page.Width - 2, y), PpmImage.Hex("#f2c500"), 4)).ToList();
        tabRows.Count.ShouldBeGreaterThan(50, "module 1's tab is the brand colour exactly, on the right edge of its recto");
        var tabWidth = (int)(9 / 25.4 * 150);
        var strongest = tabRows
            .SelectMany(y => Enumerable.Range(page.Width - tabWidth + 3, tabWidth - 5).Select(x => page.At(x, y)))
            .Max(pixel => new Srgb((byte)pixel.R, (byte)pixel.G, (byte)pixel.B).ContrastWith(yellow));
        strongest.ShouldBeGreaterThanOrEqualTo(4.5, "the module number on the tab");
    }

    public static TheoryData<string> Palettes => new() { PalettedGuide.Light, PalettedGuide.Brand };

    [Theory]
    [MemberData(nameof(Palettes))]
    public async Task The_textbook_text_in_tab_colours_reaches_its_contrast(string palette)
    {
        using var guide = PalettedGuide.Create(palette);
        var printHtml = Path.Combine(guide.Root, "print-html");
        var options = guide.Options("pdf") with { Languages = ["en"], PrintHtmlDirectory = printHtml };
        var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(options);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        await using var session = await BrowserSession.StartAsync();
        var violations = await AxeCheck.PrintContrastViolationsAsync(session, Path.Combine(printHtml, "en.html"));
        violations.ShouldBeEmpty(string.Join("\n", violations));
    }
}
