using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Fuzz;

/// <summary>
/// Whole guides generated from seeds (see <see cref="GeneratedGuide"/>) are built in-process as an
/// editor builds them. Whatever the content, guide build ends with 0 or 1 and never a stack trace;
/// a guide that builds, builds to the same bytes twice. GUIDE_FUZZ_CASES=500 runs more cases,
/// GUIDE_FUZZ_SEED=1234 one case; a failing case's content is kept under the temp folder.
/// </summary>
public sealed partial class GuideFuzzTests(ITestOutputHelper log)
{
    private const int FirstSeed = 20_000;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("GUIDE_FUZZ_CASES"), CultureInfo.InvariantCulture, out var cases) ? cases : 30;

    private static IEnumerable<int> Seeds =>
        int.TryParse(Environment.GetEnvironmentVariable("GUIDE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? [seed] : Enumerable.Range(FirstSeed, Cases);

    [Fact]
    public void Generated_guides_build_or_fail_cleanly_and_build_the_same_bytes_twice()
    {
        var failures = Seeds.Select(seed => FuzzCase.Run(seed, ["site", "ebox"], run => CheckBuild(run, mustBuild: false))).OfType<string>().ToList();

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    [Fact]
    public void A_generated_guide_prints_the_same_textbook_twice()
    {
        // A tidy seed with hostile text in every field, through Chromium and PDFsharp's folios, tabs and metadata.
        var failures = new[] { 20_004 }.Select(seed => FuzzCase.Run(seed, ["pdf"], run => CheckBuild(run, mustBuild: true))).OfType<string>().ToList();

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    [Fact]
    public void Generated_guides_have_no_script_or_event_handler_but_the_themes_own()
    {
        var failures = Seeds.Select(seed => FuzzCase.Run(seed, ["site", "ebox"], CheckHtml)).OfType<string>().ToList();

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    private string? CheckBuild(FuzzCase run, bool mustBuild)
    {
        var first = run.Build("out1");
        log.WriteLine($"seed {run.Guide.Seed}: {(run.Guide.Tidy ? "tidy" : "untidy")}, {run.Guide.ModuleCount} modules, exit {first.Code}");
        if (first.Code != 0 && run.Guide.Tidy)
        {
            log.WriteLine(string.Join('\n', first.Printed.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(3)));
        }

        if (first.Problem is { } problem)
        {
            return problem;
        }

        // guide check says what guide build will say: no "passed" before a failed build, no error that builds.
        var check = run.Check();
        if (check.Problem is not null || (check.Code != first.Code && !mustBuild))
        {
            return check.Problem ?? $"guide check exited {check.Code} but guide build {first.Code}:\n{check.Printed}\n{first.Printed}";
        }

        if (first.Code != 0)
        {
            return mustBuild ? $"the guide did not build:\n{first.Printed}" : null;
        }

        var second = run.Build("out2");
        return second.Code != 0 ? $"the second build exited {second.Code}:\n{second.Printed}" : FuzzCase.FirstDifference(run.PathOf("out1"), run.PathOf("out2"));
    }

    private static string? CheckHtml(FuzzCase run)
    {
        var build = run.Build("out1");
        if (build.Problem is { } problem)
        {
            return problem;
        }

        var parser = new HtmlParser();
        foreach (var file in build.Code == 0 ? Directory.EnumerateFiles(run.PathOf("out1"), "*.html", SearchOption.AllDirectories) : [])
        {
            using var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var script in document.Scripts)
            {
                var source = script.Source ?? "";
                if (script.Text.Trim().Length > 0 || !ThemeScript().IsMatch(source))
                {
                    return $"{file}: a script that is not the theme's: {script.OuterHtml[..Math.Min(200, script.OuterHtml.Length)]}";
                }
            }

            foreach (var element in document.All)
            {
                if (element.Attributes.FirstOrDefault(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) is { } handler)
                {
                    return $"{file}: an event handler <{element.LocalName} {handler.Name}=\"{handler.Value}\">";
                }

                if (element.GetAttribute("href") is { } href && !GuideBuilder.Content.WebAddress.IsAllowedScheme(GuideBuilder.Content.WebAddress.SchemeOf(href)))
                {
                    return $"{file}: a link with a scheme that runs code: {href}";
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(\.\./)*(assets/guide\.js|search-index\.js)$")]
    private static partial Regex ThemeScript();
}
