using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Unicode;

/// <summary>Module and media file names become output files: each must be one a Windows PC, a FAT USB stick and a CD-ROM can hold.</summary>
public sealed class PortableNameTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private List<Diagnostic> NameProblems() => [.. _guide.Check().Where(d => d.Code == DiagnosticCodes.NonPortableFileName)];

    [Theory]
    [InlineData("CON.md", "con-page.md")]
    [InlineData("aux.md", "aux-page.md")]
    [InlineData("08 módulo #1?.md", "08-modulo-1.md")]
    public void A_module_file_name_that_cannot_be_a_folder_is_an_error_with_a_valid_name_in_the_hint(string fileName, string suggested)
    {
        var beta = File.ReadAllText(_guide.PathOf("en/02-beta.md")).Replace("id: beta\nmodule: 2", "id: third\nmodule: 3", StringComparison.Ordinal);
        _guide.Write($"en/{fileName}", beta);

        var error = NameProblems().ShouldHaveSingleItem();
        error.IsError.ShouldBeTrue();
        error.Location.Path.ShouldEndWith(fileName);
        error.Hint.ShouldNotBeNull().ShouldContain($"'{suggested}'");
    }

    [Fact]
    public void A_250_character_module_file_name_is_an_error()
    {
        var beta = File.ReadAllText(_guide.PathOf("en/02-beta.md")).Replace("id: beta\nmodule: 2", "id: third\nmodule: 3", StringComparison.Ordinal);
        _guide.Write($"en/03-{new string('a', 247)}.md", beta);

        NameProblems().ShouldHaveSingleItem().Message.ShouldContain("longer than 50");
    }

    [Fact]
    public void A_written_slug_that_windows_reserves_is_an_error()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: blue\nslug: nul");

        _guide.Check().ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("reserves", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("aux.svg")]
    [InlineData("NUL.svg")]
    [InlineData("chart.")]
    public void A_referenced_media_name_that_windows_cannot_hold_is_an_error_at_the_reference(string name)
    {
        File.Copy(_guide.PathOf("media/figures/chart.svg"), _guide.PathOf($"media/figures/{name}"));
        _guide.Replace("en/01-alpha.md", "(media/figures/chart.svg)", $"(<media/figures/{name}>)");

        var error = NameProblems().ShouldHaveSingleItem();
        error.IsError.ShouldBeTrue();
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        error.Location.Line.ShouldBe(56);
    }

    [Fact]
    public void A_handout_name_with_a_character_windows_forbids_is_an_error_at_the_handout()
    {
        File.Copy(_guide.PathOf("media/handouts/map-gaps.pdf"), _guide.PathOf("media/handouts/map: gaps.pdf"));
        _guide.Replace("en/01-alpha.md", "handout: media/handouts/map-gaps.pdf", "handout: \"media/handouts/map: gaps.pdf\"");

        var error = NameProblems().ShouldHaveSingleItem();
        error.IsError.ShouldBeTrue();
        error.Message.ShouldContain("':'");
        error.Location.Line.ShouldBe(29);
    }

    [Fact]
    public void A_media_name_longer_than_joliet_allows_is_a_warning()
    {
        var name = new string('x', 70) + ".svg";
        File.Copy(_guide.PathOf("media/figures/chart.svg"), _guide.PathOf($"media/figures/{name}"));
        _guide.Replace("en/01-alpha.md", "(media/figures/chart.svg)", $"(media/figures/{name})");

        var warning = NameProblems().ShouldHaveSingleItem();
        warning.IsError.ShouldBeFalse();
        warning.Message.ShouldContain("64");
    }
}
