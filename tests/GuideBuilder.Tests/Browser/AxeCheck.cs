using GuideBuilder.Tests.Support;
using Microsoft.Playwright;

namespace GuideBuilder.Tests.Browser;

/// <summary>axe-core's WCAG 2.0 to 2.2 A and AA rules run on a page opened from file://.</summary>
public static class AxeCheck
{
    private const string AllRules = "{ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }";

    public static Task<string[]> ViolationsAsync(BrowserSession session, string file) => RunAsync(session, file, Media.Screen, AllRules);

    /// <summary>Colour contrast only, with the print stylesheet applied: the textbook's print HTML as Chromium typesets it.</summary>
    public static Task<string[]> PrintContrastViolationsAsync(BrowserSession session, string file) =>
        RunAsync(session, file, Media.Print, "{ runOnly: ['color-contrast'] }");

    private static async Task<string[]> RunAsync(BrowserSession session, string file, Media media, string options)
    {
        var axe = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "axe-core", "axe.min.js");
        File.Exists(axe).ShouldBeTrue("axe-core is missing: run 'bash .ci/install-deps' (it runs npm install in tests/tools)");
        var page = await session.Browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = media });
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.AddScriptTagAsync(new() { Path = axe });
        return await page.EvaluateAsync<string[]>(
            $"async () => (await axe.run(document, {options}))" +
            ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
    }
}
