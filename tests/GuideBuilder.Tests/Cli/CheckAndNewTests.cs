using System.Text.Json;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Cli;

public sealed class CheckAndNewTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Check_reports_in_json_and_github_formats_with_exit_codes()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var (code, json, _) = Run("check", "--content", _guide.Content, "--format", "json");
        code.ShouldBe(1);
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("errors").GetInt32().ShouldBe(1);
        var first = root.GetProperty("diagnostics")[0];
        first.GetProperty("code").GetString().ShouldBe("GB007");
        first.GetProperty("line").GetInt32().ShouldBe(5);
        first.GetProperty("path").GetString().ShouldEndWith("en/02-beta.md");

        var (githubCode, github, _) = Run("check", "--content", _guide.Content, "--format", "github");
        githubCode.ShouldBe(1);
        github.ShouldMatch(@"::error file=[^,]*en/02-beta\.md,line=5,col=6,title=GB007::tab 'bleu' is not in the palette");
    }

    [Fact]
    public void Check_warnings_fail_only_with_warnings_as_errors()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants <b>face</b> gaps");
        Run("check", "--content", _guide.Content).Code.ShouldBe(0);
        Run("check", "--content", _guide.Content, "--warnings-as-errors").Code.ShouldBe(1);
    }

    [Fact]
    public void Check_gives_its_advice_together_with_the_errors()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "Migrants face [gaps](https://www.ilo..org/gaps)");
        var (code, output, _) = Run("check", "--content", _guide.Content, "--format", "json");
        code.ShouldBe(1);
        output.ShouldContain("tab 'bleu' is not in the palette");
        output.ShouldContain("the web address 'https://www.ilo..org/gaps' looks malformed");
    }

    [Fact]
    public void Check_warns_about_heavy_images()
    {
        _guide.WriteBytes("media/figures/huge.png", new byte[700 * 1024]);
        var (_, output, _) = Run("check", "--content", _guide.Content, "--format", "json");
        output.ShouldContain("over the 500 KB budget");
    }

    [Fact]
    public void New_module_builds_without_diagnostics_and_check_warns_only_about_its_placeholders()
    {
        Run("new", "module", "--content", _guide.Content, "--number", "3", "--id", "remittances", "--title", "Remittances: savings", "--tab", "blue").Code.ShouldBe(0);
        File.Exists(_guide.PathOf("en/03-remittances.md")).ShouldBeTrue();
        var diagnostics = _guide.Check();
        diagnostics.Where(d => d.Location.Path.EndsWith("03-remittances.md", StringComparison.Ordinal)).ShouldBeEmpty();
        var (_, json, _) = Run("check", "--content", _guide.Content, "--format", "json");
        JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("path").GetString()!.EndsWith("03-remittances.md", StringComparison.Ordinal))
            .ShouldAllBe(d => d.GetProperty("code").GetString() == "GB052");
    }

    [Fact]
    public void New_module_takes_the_next_number_and_refuses_a_number_or_id_already_taken()
    {
        Run("new", "module", "--content", _guide.Content, "--title", "Health care abroad").Code.ShouldBe(0);
        File.Exists(_guide.PathOf("en/03-health-care-abroad.md")).ShouldBeTrue("the mini guide has modules 1 and 2");

        var (code, _, errors) = Run("new", "module", "--content", _guide.Content, "--number", "2", "--title", "Remittances");
        code.ShouldBe(2);
        errors.ShouldContain("module 2 is already en/02-beta.md; the next free number is 4");

        (code, _, errors) = Run("new", "module", "--content", _guide.Content, "--number", "4", "--id", "alpha", "--title", "Alpha again");
        code.ShouldBe(2);
        errors.ShouldContain("the id 'alpha' is already used by en/01-alpha.md");
        Run("new", "module", "--content", _guide.Content, "--id", "intro", "--title", "Intro again").Code.ShouldBe(2);
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
    }

    [Fact]
    public void New_guide_builds_without_diagnostics()
    {
        var folder = Path.Combine(_guide.Root, "fresh");
        Run("new", "guide", folder).Code.ShouldBe(0);
        var (code, output, errors) = Run("build", "--content", folder, "--out", Path.Combine(_guide.Root, "fresh-out"), "--formats", "site,ebox");
        code.ShouldBe(0, errors);
        errors.ShouldBeEmpty();
        output.ShouldContain("Built 2 pages in 1 language (en)");
    }
}
