using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Browser;

/// <summary>
/// The sample guide's E-box through axe: real modules have what the mini fixture lacks (figures,
/// wide tables, a captioned video, handouts, slide decks, French and Spanish typography).
/// </summary>
public sealed class SampleEboxAccessibilityTests : IClassFixture<SampleEboxAccessibilityTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public SampleEboxAccessibilityTests(BuiltSample sample) => _sample = sample;

    [Theory]
    [InlineData("index.html")]
    [InlineData("en/00-how-to-use/index.html")]
    [InlineData("en/04-floors-and-coordination/index.html")]
    [InlineData("fr/06-partnerships/index.html")]
    [InlineData("es/05-migrants-in-crisis/index.html")]
    public async Task Sample_pages_pass_the_axe_accessibility_checks(string file)
    {
        await using var session = await BrowserSession.StartAsync();
        (await AxeCheck.ViolationsAsync(session, Path.Combine(_sample.Guide.Output, "ebox", file))).ShouldBeEmpty();
    }

    public sealed class BuiltSample : IDisposable
    {
        public BuiltSample()
        {
            Guide = new TempGuide(RepoPaths.SampleContent);
            var result = Guide.Build("ebox");
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
