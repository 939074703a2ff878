using System.Text.Json;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Browser;

/// <summary>The sample guide's workshop planner (trainer edition) through axe and the Nu HTML Checker, on screen and printed.</summary>
public sealed class PlannerAccessibilityTests : IClassFixture<PlannerAccessibilityTests.BuiltTrainerSample>
{
    private readonly BuiltTrainerSample _sample;

    public PlannerAccessibilityTests(BuiltTrainerSample sample) => _sample = sample;

    [Theory]
    [InlineData("en/workshop-planner.html")]
    [InlineData("fr/workshop-planner.html")]
    public async Task The_planner_passes_the_axe_checks_on_screen_and_in_print(string file)
    {
        await using var session = await BrowserSession.StartAsync();
        var path = Path.Combine(_sample.Guide.Output, "ebox", file);
        (await AxeCheck.ViolationsAsync(session, path)).ShouldBeEmpty();
        (await AxeCheck.PrintContrastViolationsAsync(session, path)).ShouldBeEmpty();
    }

    [Fact]
    public void The_planner_pages_have_no_html_error()
    {
        var vnu = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var pages = Directory.GetFiles(_sample.Guide.Output, "workshop-planner.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        pages.Length.ShouldBe(6);
        var (_, output) = ExternalTool.Run("java", ["-jar", vnu, "--format", "json", "--errors-only", .. pages]);
        using var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        report.RootElement.GetProperty("messages").GetArrayLength().ShouldBe(0, output);
    }

    public sealed class BuiltTrainerSample : IDisposable
    {
        public BuiltTrainerSample()
        {
            Guide = new TempGuide(RepoPaths.SampleContent);
            var result = new GuideBuild(SilentProgress.Instance).Run(Guide.Options("site", "ebox") with { TrainerEdition = true });
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
