using System.Text.RegularExpressions;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Reference;

/// <summary>The textbook's index and cross-references, read back with pdftotext page by page.</summary>
public sealed partial class PrintedIndexTests : IClassFixture<PrintedIndexTests.Built>
{
    private readonly Built _built;

    public PrintedIndexTests(Built built) => _built = built;

    private static string PageText(string pdf, int page) =>
        ExternalTool.Run("pdftotext", "-f", page.ToString(), "-l", page.ToString(), pdf, "-").Output;

    [Fact]
    public void Every_index_page_number_lands_on_a_page_that_has_the_marked_text()
    {
        var pdf = _built.Book("en");
        var anchors = PdfAnchors.Read(File.ReadAllBytes(pdf));
        var firstBody = anchors["p-intro"];
        var index = PageText(pdf, anchors[PrintBookBuilder.IndexAnchor]);
        index.ShouldContain("Index");

        // Each marked entry sits right before text that says where it is.
        var marked = new Dictionary<string, string>
        {
            ["Training sessions"] = "Read the first module",
            ["Émigration"] = "Migrant workers in irregular",
            ["Standards"] = "Standards matter",
        };
        foreach (var (term, text) in marked)
        {
            var listed = int.Parse(Regex.Match(index, Regex.Escape(term) + @", (\d+)").Groups[1].Value);
            PageText(pdf, listed + firstBody - 1).ShouldContain(text, customMessage: term);
        }

        index.ShouldContain("Totalization. See Aggregation");
        index.IndexOf("Émigration", StringComparison.Ordinal).ShouldBeLessThan(index.IndexOf("Migrant workers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cross_reference_gives_the_page_the_item_is_printed_on()
    {
        var pdf = _built.Book("en");
        var anchors = PdfAnchors.Read(File.ReadAllBytes(pdf));
        var firstBody = anchors["p-intro"];
        var beta = PageText(pdf, anchors["p-beta--the-standards"]);
        var figurePage = int.Parse(FigureReference().Match(beta).Groups[1].Value);
        figurePage.ShouldBe(anchors["p-alpha--fig-chart"] - firstBody + 1);
        PageText(pdf, anchors["p-alpha--fig-chart"]).ShouldContain("Figure 1.1: Coverage by scheme");
        Regex.IsMatch(beta, $@"Module\s+1,\s+p\.\s+{anchors["p-alpha"] - firstBody + 1}\b").ShouldBeTrue(beta);
    }

    [Fact]
    public void The_index_has_no_thumb_tab_and_is_in_the_table_of_contents()
    {
        var pdf = _built.Book("en");
        var anchors = PdfAnchors.Read(File.ReadAllBytes(pdf));
        var page = anchors[PrintBookBuilder.IndexAnchor];
        var image = PpmImage.Render(pdf, page);
        PpmImage.Near(image.At(image.Width - 2, image.Height * 40 / 100), (255, 255, 255)).ShouldBeTrue();
        PpmImage.Near(image.At(1, image.Height * 40 / 100), (255, 255, 255)).ShouldBeTrue();
        PageText(pdf, 3).ShouldContain("Index");
    }

    [GeneratedRegex(@"Figure\s+1\.1,\s+p\.\s+(\d+)")]
    private static partial Regex FigureReference();

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Guide = IndexedGuide.Create();
            var result = Guide.Build("pdf");
            result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        }

        public TempGuide Guide { get; }

        public string Book(string language) => Path.Combine(Guide.Output, "pdf", $"mini-guide-{language}.pdf");

        public void Dispose() => Guide.Dispose();
    }
}
