using System.Text.Json;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Targets;

/// <summary>Every page of the mini guide's website and E-box through the Nu HTML Checker (vnu), the W3C validator.</summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public void Every_site_and_ebox_page_has_no_html_error()
    {
        var vnu = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        File.Exists(vnu).ShouldBeTrue("vnu-jar is missing: run 'bash .ci/install-deps' (it runs npm install in tests/tools)");
        using var guide = new TempGuide();
        guide.Build("site", "ebox").Succeeded.ShouldBeTrue();
        var pages = Directory.GetFiles(guide.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        pages.Length.ShouldBeGreaterThan(20);

        var (_, output) = ExternalTool.Run("java", ["-jar", vnu, "--format", "json", "--errors-only", .. pages]);

        var errors = Messages(output).Select(m => Path.GetRelativePath(guide.Output, m.GetProperty("url").GetString()!["file:".Length..])
            + ":" + (m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0) + ": " + m.GetProperty("message").GetString());
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }

    private static List<JsonElement> Messages(string output)
    {
        var json = output[output.IndexOf('{', StringComparison.Ordinal)..];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.Clone())];
    }
}
