using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets.Ebox;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Packages;

/// <summary>The packaging check on the E-box's paths: each rule, on a guide that breaks it, reported at the file that made the name.</summary>
public sealed class EboxPackagingCheckTests
{
    private static BuildResult Build(TempGuide guide) => new GuideBuild(SilentProgress.Instance, null).Run(guide.Options("ebox"));

    private static List<Diagnostic> Of(BuildResult result, string code) => [.. result.Diagnostics.Where(d => d.Code == code)];

    [Fact]
    public void A_name_longer_than_joliet_keeps_is_a_warning_at_the_theme_file()
    {
        using var guide = new TempGuide();
        var name = new string('a', 61) + ".css"; // 65 characters
        guide.Write($"theme/assets/{name}", "body {}\n");

        var result = Build(guide);

        result.Succeeded.ShouldBeTrue();
        var warning = Of(result, DiagnosticCodes.EboxPathTooLong).ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain($"'{name}'");
        warning.Location.Path.ShouldEndWith($"theme/assets/{name}");
    }

    [Fact]
    public void A_path_longer_than_150_characters_is_a_warning_at_the_media_file()
    {
        using var guide = new TempGuide();
        var folder = string.Join('/', Enumerable.Range(1, 4).Select(i => $"folder-{i}-" + new string('x', 30)));
        var path = $"media/{folder}/chart.svg";
        guide.Write(path, File.ReadAllText(guide.PathOf("media/figures/chart.svg")));
        guide.Replace("en/01-alpha.md", "(media/figures/chart.svg)", $"({path})");

        var result = Build(guide);

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var warning = Of(result, DiagnosticCodes.EboxPathTooLong).ShouldHaveSingleItem();
        warning.Message.ShouldContain($"'{path}' has {path.Length} characters");
        warning.Location.Path.ShouldEndWith(path);
        path.Length.ShouldBeGreaterThan(EboxPackagingCheck.MaxPathLength);
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_an_error_and_nothing_is_written()
    {
        using var guide = new TempGuide();
        guide.Write("theme/assets/Logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        guide.Write("theme/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var result = Build(guide);

        result.Succeeded.ShouldBeFalse();
        var error = Of(result, DiagnosticCodes.EboxNamesDifferInCase).ShouldHaveSingleItem();
        error.IsError.ShouldBeTrue();
        error.Message.ShouldContain("'assets/Logo.svg' and 'assets/logo.svg'");
        error.Location.Path.ShouldEndWith("theme/assets/logo.svg");
        Directory.Exists(Path.Combine(guide.Output, "ebox")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("con.css", "CON")]
    [InlineData("LPT1", "LPT1")]
    [InlineData("aux.min.js", "AUX")]
    [InlineData("Com3.svg", "COM3")]
    public void A_name_windows_reserves_is_an_error(string name, string device)
    {
        using var guide = new TempGuide();
        guide.Write($"theme/assets/{name}", "x\n");

        var result = Build(guide);

        result.Succeeded.ShouldBeFalse();
        var error = Of(result, DiagnosticCodes.EboxNameNotPortable).ShouldHaveSingleItem();
        error.Message.ShouldContain($"'assets/{name}'");
        error.Message.ShouldContain($"({device})");
    }

    [Theory]
    [InlineData("notes.")]
    [InlineData("notes ")]
    public void A_name_ending_in_a_dot_or_a_space_is_an_error(string name)
    {
        using var guide = new TempGuide();
        guide.Write($"theme/assets/{name}", "x\n");

        var result = Build(guide);

        result.Succeeded.ShouldBeFalse();
        Of(result, DiagnosticCodes.EboxNameNotPortable).ShouldHaveSingleItem().Message.ShouldContain("ends with a dot or a space");
    }

    [Fact]
    public void A_page_folder_is_reported_at_its_module()
    {
        var files = new[]
        {
            new EboxPath("en/Alpha/index.html", SourceLocation.File("en/01-alpha.md")),
            new EboxPath("en/alpha/index.html", SourceLocation.File("en/02-beta.md")),
        };
        var diagnostics = new DiagnosticBag();

        EboxPackagingCheck.Check(files, diagnostics);

        diagnostics.Items.ShouldHaveSingleItem().Location.Path.ShouldBe("en/02-beta.md");
    }

    [Fact]
    public void The_mini_guide_passes_the_check()
    {
        using var guide = new TempGuide();
        Build(guide).Diagnostics.Where(d => d.Code is DiagnosticCodes.EboxPathTooLong or DiagnosticCodes.EboxNamesDifferInCase or DiagnosticCodes.EboxNameNotPortable)
            .ShouldBeEmpty();
    }
}
