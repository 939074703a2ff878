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

    [Fact]
    public void Export_as_tbx_writes_the_glossary_of_both_languages_as_one_termbase()
    {
        using var sample = new TempGuide(RepoPaths.SampleContent);
        var folder = Path.Combine(sample.Root, "to-agency");

        var (code, output, errors) = CliRunner.Run("translations", "export", "fr", "--format", "tbx", "--out", folder, "--content", sample.Content);

        code.ShouldBe(0, errors);
        output.ShouldContain("glossary.en-fr.tbx");
        var tbx = System.Xml.Linq.XDocument.Load(Path.Combine(folder, "glossary.en-fr.tbx"));
        var entries = tbx.Descendants().Where(e => e.Name.LocalName == "conceptEntry").ToList();
        entries.Count.ShouldBeGreaterThanOrEqualTo(20);
        var portability = entries.Single(e => (string?)e.Attribute("id") == "portability");
        var languages = portability.Elements().Where(e => e.Name.LocalName == "langSec")
            .Select(l => (string?)l.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")).ToList();
        languages.ShouldBe(["en", "fr"]);
        portability.Descendants().Where(e => e.Name.LocalName == "term").Select(t => t.Value).ShouldContain(t => t.Equals("portabilité", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Export_as_tbx_without_a_glossary_says_so_and_exits_1()
    {
        var (code, _, errors) = CliRunner.Run("translations", "export", "fr", "--format", "tbx", "--out", Path.Combine(_guide.Root, "x"), "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain("has no glossary");
    }

    [Fact]
    public void Export_without_a_glossary_writes_the_modules_alone_and_refuses_the_glossary_by_name()
    {
        var folder = Path.Combine(_guide.Root, "x");
        CliRunner.Run("translations", "export", "fr", "--out", folder, "--content", _guide.Content).Code.ShouldBe(0);
        Directory.GetFiles(folder).ShouldNotContain(f => f.EndsWith(".xlf", StringComparison.Ordinal) && Path.GetFileName(f).StartsWith("glossary", StringComparison.Ordinal));
        var (code, _, errors) = CliRunner.Run("translations", "export", "fr", "glossary", "--out", folder, "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain("the guide has no glossary (en/glossary.yml) to export");
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
