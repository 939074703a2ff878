using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Browser;

/// <summary>axe-core's WCAG 2.0 to 2.2 A and AA rules run on a page opened from file://.</summary>
public static class AxeCheck
{
    public static async Task<string[]> ViolationsAsync(BrowserSession session, string file)
    {
        var axe = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "axe-core", "axe.min.js");
        File.Exists(axe).ShouldBeTrue("axe-core is missing: run 'bash .ci/install-deps' (it runs npm install in tests/tools)");
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.AddScriptTagAsync(new() { Path = axe });
        return await page.EvaluateAsync<string[]>(
            "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }))" +
            ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
    }
}
