using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Unicode;

/// <summary>Control characters, noncharacters and lone surrogates are an error where they are written, in check as in build.</summary>
public sealed class InvisibleCharacterTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private List<Diagnostic> Invisible(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Where(d => d.Code == DiagnosticCodes.InvisibleCharacter)];

    [Theory]
    [InlineData("\\x01")]
    [InlineData("\\a")]
    [InlineData("\\uFFFE")]
    [InlineData("\\x85")]
    public void A_control_character_written_as_a_yaml_escape_in_a_title_is_an_error_at_the_title(string escape)
    {
        _guide.Replace("en/01-alpha.md", "title: Alpha module", $"title: \"Alpha {escape} module\"");

        var error = Invisible(_guide.Check()).ShouldHaveSingleItem();
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        (error.Location.Line, error.Location.Column).ShouldBe((4, 8));
        error.IsError.ShouldBeTrue();
    }

    [Fact]
    public void A_raw_control_character_in_a_heading_is_an_error_at_its_line_and_column_and_the_build_does_not_crash()
    {
        _guide.Replace("en/01-alpha.md", "## Who is left out? {#left-out}", "## Who is \u0007left out? {#left-out}");

        var error = Invisible(_guide.Check()).ShouldHaveSingleItem();
        (error.Location.Line, error.Location.Column).ShouldBe((39, 11));
        error.Message.ShouldContain("U+0007");

        var build = _guide.Build("site", "ebox");
        Invisible(build.Diagnostics).ShouldHaveSingleItem().Location.ShouldBe(error.Location);
        build.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void A_control_character_in_front_matter_no_longer_crashes_the_slide_writer()
    {
        _guide.Replace("en/01-alpha.md", "title: Alpha module", "title: \"Alpha \\a module\"");

        var (code, output, errors) = CliRunner.Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "site");

        errors.ShouldNotContain("   at ");
        code.ShouldBe(1);
        (output + errors).ShouldContain("01-alpha.md:4:8: error GB045");
    }

    [Fact]
    public void A_control_character_made_by_a_markdown_entity_is_an_error_at_the_entity()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants &#7; face gaps");

        var error = Invisible(_guide.Check()).ShouldHaveSingleItem();
        (error.Location.Line, error.Location.Column).ShouldBe((37, 10));
    }

    [Fact]
    public void Tabs_and_line_breaks_are_fine()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants\tface\r\ngaps");

        Invisible(_guide.Check()).ShouldBeEmpty();
    }
}
