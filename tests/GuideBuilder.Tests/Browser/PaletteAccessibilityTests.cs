using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Browser;

/// <summary>
/// Any brand palette gives readable pages: the mini guide with five modules, one per tab of a
/// light palette and of a mid-tone brand palette, through axe (WCAG 2.2 AA, colour contrast and
/// target size included) on every page of the E-box.
/// </summary>
public sealed class PaletteAccessibilityTests
{
    public static TheoryData<string> Palettes => new() { PalettedGuide.Light, PalettedGuide.Brand };

    [Theory]
    [MemberData(nameof(Palettes))]
    public async Task Every_ebox_page_passes_axe_with_the_palette(string palette)
    {
        using var guide = PalettedGuide.Create(palette);
        var result = guide.Build("ebox");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var ebox = Path.Combine(guide.Output, "ebox");
        var pages = Directory.GetFiles(ebox, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.Count.ShouldBe(22); // language choice + 3 homes + 3 × (introduction and 5 modules)

        await using var session = await BrowserSession.StartAsync();
        var violations = new List<string>();
        foreach (var page in pages)
        {
            violations.AddRange((await AxeCheck.ViolationsAsync(session, page)).Select(v => Path.GetRelativePath(ebox, page) + ": " + v));
        }

        violations.ShouldBeEmpty(string.Join("\n", violations));
    }
}
