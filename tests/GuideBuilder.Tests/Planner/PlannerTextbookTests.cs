using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>The trainer edition's textbook ends with the workshop planner.</summary>
public sealed class PlannerTextbookTests : IDisposable
{
    private readonly TempGuide _guide = PlannerGuide.Create();

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void The_trainer_textbook_prints_the_planner_after_the_modules()
    {
        var options = _guide.Options("pdf") with { TrainerEdition = true, Languages = ["fr"] };
        var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(options);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var book = Directory.GetFiles(Path.Combine(_guide.Output, "pdf"), "*.pdf").ShouldHaveSingleItem();
        var text = ExternalTool.Run("pdftotext", book, "-").Output;
        var planner = text.LastIndexOf("Planificateur d’atelier", StringComparison.Ordinal);
        planner.ShouldBeGreaterThan(text.LastIndexOf("The standards", StringComparison.Ordinal)); // after module 2's body
        text[planner..].ShouldContain("Programme d’une journée");
        text[planner..].ShouldContain("Programme sur 3 jours");
        text[planner..].ShouldContain("2 h 40"); // the whole guide
    }
}
