using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Cli;

/// <summary><c>--formats</c> takes the registered formats' names, and each builds what it needs.</summary>
public sealed class BuildFormatsTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void The_help_lists_every_registered_format()
    {
        var (code, output, _) = CliRunner.Run("build", "--help");
        code.ShouldBe(0);
        foreach (var name in new[] { "site", "ebox", "pdf", "slides", "epub", "packages" })
        {
            output.ShouldContain($"  {name}");
        }

        output.ShouldContain("site, ebox, pdf, slides, epub, packages");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_registered_ones()
    {
        var (code, _, errors) = CliRunner.Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "slide");
        code.ShouldBe(2);
        errors.ShouldContain("'slide' is not a format");
        errors.ShouldContain("slides");
    }

    [Fact]
    public void Naming_the_slides_gives_the_decks_a_folder_of_their_own()
    {
        var (code, output, errors) = CliRunner.Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "slides");
        code.ShouldBe(0, errors);
        output.ShouldContain("slides");
        File.Exists(Path.Combine(_guide.Output, "slides", "en", "01-alpha.pptx")).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, "site")).ShouldBeFalse();
    }

    [Fact]
    public void The_ebox_alone_still_has_its_decks_and_its_zip()
    {
        var (code, _, errors) = CliRunner.Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "ebox");
        code.ShouldBe(0, errors);
        File.Exists(Path.Combine(_guide.Output, "ebox", "downloads", "slides", "en", "01-alpha.pptx")).ShouldBeTrue();
        Directory.EnumerateFiles(Path.Combine(_guide.Output, "packages"), "*.zip").ShouldHaveSingleItem();
        Directory.Exists(Path.Combine(_guide.Output, "slides")).ShouldBeFalse();
        Directory.Exists(Path.Combine(_guide.Output, "pdf")).ShouldBeFalse();
    }
}
