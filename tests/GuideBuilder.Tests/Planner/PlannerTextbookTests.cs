using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>The trainer edition's textbook ends with the workshop planner.</summary>
public sealed class PlannerTextbookTests : IDisposable
{
    private readonly TempGuide _guide = PlannerGuide.Create();

    public void Dispose() => _guide.Dispose();

    private string FrenchTrainerBook()
    {
        var options = _guide.Options("pdf") with { TrainerEdition = true, Languages = ["fr"] };
        var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(options);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return Directory.GetFiles(Path.Combine(_guide.Output, "pdf"), "*.pdf").ShouldHaveSingleItem();
    }

    [Fact]
    public void The_trainer_textbook_prints_the_planner_after_the_modules()
    {
        var book = FrenchTrainerBook();
        var text = ExternalTool.Run("pdftotext", book, "-").Output;
        var planner = text.LastIndexOf("Planificateur d’atelier", StringComparison.Ordinal);
        planner.ShouldBeGreaterThan(text.LastIndexOf("The standards", StringComparison.Ordinal)); // after module 2's body
        text[planner..].ShouldContain("Programme d’une journée");
        text[planner..].ShouldContain("Programme sur 3 jours");
        text[planner..].ShouldContain("2 h 40"); // the whole guide
    }

    [Fact]
    public void The_planner_is_back_matter_listed_in_the_contents_with_no_thumb_tab()
    {
        var book = FrenchTrainerBook();
        var page = PdfAnchors.Read(File.ReadAllBytes(book))[PrintBookBuilder.PlannerAnchor];
        var image = PpmImage.Render(book, page);
        for (var y = image.Height / 10; y < image.Height * 9 / 10; y++)
        {
            PpmImage.Near(image.At(image.Width - 2, y), (255, 255, 255)).ShouldBeTrue($"a thumb tab at the right edge of page {page}, {y} px down");
            PpmImage.Near(image.At(1, y), (255, 255, 255)).ShouldBeTrue($"a thumb tab at the left edge of page {page}, {y} px down");
        }

        ExternalTool.Run("pdftotext", "-f", "1", "-l", "4", book, "-").Output.ShouldContain("Planificateur d’atelier");
    }
}
