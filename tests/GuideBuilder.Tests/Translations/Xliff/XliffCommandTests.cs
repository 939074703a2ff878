using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Translations.Xliff.XliffFiles;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary>The command line of <c>guide translations export</c> and <c>import</c>.</summary>
public sealed class XliffCommandTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    [Theory]
    [InlineData("export", "--format", "--out", "XLIFF 2.0")]
    [InlineData("import", "--partial", "All or nothing", "review")]
    public void The_help_describes_the_subcommand_and_its_options(string command, params string[] words)
    {
        var (code, output, _) = CliRunner.Run("translations", command, "--help");
        code.ShouldBe(0);
        output.ShouldContain("Examples:");
        output.ShouldContain($"guide translations {command} ");
        foreach (var word in words)
        {
            output.ShouldContain(word);
        }

        CliRunner.Run("translations", "--help").Out.ShouldContain($"guide translations {command} ");
    }

    [Theory]
    [InlineData("export", "pt", "--out", "x")]
    [InlineData("export", "en", "--out", "x")]
    [InlineData("export", "fr", "no-such-module", "--out", "x")]
    [InlineData("export", "fr", "--format", "po", "--out", "x")]
    [InlineData("export", "fr")]
    [InlineData("import")]
    public void Usage_mistakes_exit_2(params string[] arguments) =>
        CliRunner.Run(["translations", .. arguments, "--content", _guide.Content]).Code.ShouldBe(2);

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_an_error_not_a_crash()
    {
        var file = Path.Combine(_guide.Root, "a-file");
        File.WriteAllText(file, "");
        var (code, _, errors) = CliRunner.Run("translations", "export", "fr", "--out", file, "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain("guide: cannot write into");
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_outdated_translation_is_not_exported_as_targets()
    {
        StateOf(_guide, "fr", "alpha").ShouldBe("outdated");
        var document = Load(Path.Combine(Export(_guide, "fr", "alpha"), "01-alpha.fr.xlf"));
        document.Descendants(Xlf + "target").ShouldBeEmpty();
        document.Descendants(Xlf + "segment").ShouldAllBe(s => (string?)s.Attribute("state") == "initial");
    }
}
