using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// <c>guide build --content site --out .</c> once replaced the content folder with the website:
/// an --out that holds or lies in the content, the theme, /, home, or someone else's files is refused.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private static (int Code, string Out, string Err) Build(string content, string output) =>
        CliRunner.Run("build", "--content", content, "--out", output, "--formats", "site,ebox");

    private static int CountFiles(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();

    [Fact]
    public void An_out_folder_that_holds_a_content_folder_named_like_a_format_is_refused_and_the_content_kept()
    {
        var content = Path.Combine(_guide.Root, "site");
        TempGuide.CopyDirectory(_guide.Content, content);
        var before = CountFiles(content);
        var (code, _, errors) = Build(content, _guide.Root);
        code.ShouldBe(2, errors);
        errors.ShouldContain("error GB036");
        errors.ShouldContain("holds the content folder");
        CountFiles(content).ShouldBe(before);
        File.Exists(Path.Combine(content, "guide.yml")).ShouldBeTrue();
    }

    [Fact]
    public void The_content_folder_itself_as_out_is_refused()
    {
        var (code, _, errors) = Build(_guide.Content, _guide.Content);
        code.ShouldBe(2);
        errors.ShouldContain("is the content folder");
    }

    [Fact]
    public void An_out_folder_inside_the_content_is_refused()
    {
        var (code, _, errors) = Build(_guide.Content, Path.Combine(_guide.Content, "media", "out"));
        code.ShouldBe(2);
        errors.ShouldContain("is inside the content folder");
        Directory.Exists(Path.Combine(_guide.Content, "media", "out")).ShouldBeFalse();
    }

    [Fact]
    public void A_linked_out_folder_that_leads_into_the_content_is_refused()
    {
        Directory.CreateSymbolicLink(_guide.Output, Path.Combine(_guide.Content, "en"));
        var (code, _, errors) = Build(_guide.Content, _guide.Output);
        code.ShouldBe(2);
        errors.ShouldContain("GB036");
        File.Exists(Path.Combine(_guide.Content, "en", "01-alpha.md")).ShouldBeTrue();
    }

    [Fact]
    public void A_linked_out_folder_that_leads_to_an_empty_folder_elsewhere_is_built_through()
    {
        var real = Path.Combine(_guide.Root, "real-out");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(_guide.Output, real);
        var (code, _, errors) = Build(_guide.Content, _guide.Output);
        code.ShouldBe(0, errors);
        File.Exists(Path.Combine(real, "site", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_with_files_guidebuilder_did_not_write_is_refused_and_kept()
    {
        Directory.CreateDirectory(_guide.Output);
        File.WriteAllText(Path.Combine(_guide.Output, "thesis.docx"), "years of work");
        var (code, _, errors) = Build(_guide.Content, _guide.Output);
        code.ShouldBe(2);
        errors.ShouldContain("was not written by GuideBuilder");
        File.ReadAllText(Path.Combine(_guide.Output, "thesis.docx")).ShouldBe("years of work");
    }

    [Fact]
    public void A_folder_guidebuilder_wrote_is_replaced_and_marked()
    {
        Build(_guide.Content, _guide.Output).Code.ShouldBe(0);
        File.Exists(Path.Combine(_guide.Output, OutputLock.MarkerName)).ShouldBeTrue();
        File.WriteAllText(Path.Combine(_guide.Output, "notes.txt"), "mine");
        Build(_guide.Content, _guide.Output).Code.ShouldBe(0);
    }

    [Theory]
    [InlineData("site", "my-own-page.html")]
    [InlineData("pdf", "notes.docx")]
    [InlineData("packages", "photos/holiday.jpg")]
    public void A_folder_holding_only_a_format_named_folder_of_someone_elses_files_is_refused_and_kept(string format, string file)
    {
        var path = Path.Combine(_guide.Output, format, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "years of work");
        var (code, _, errors) = Build(_guide.Content, _guide.Output);
        code.ShouldBe(2, errors);
        errors.ShouldContain("was not written by GuideBuilder");
        File.ReadAllText(path).ShouldBe("years of work");
    }

    [Fact]
    public void An_output_from_before_the_marker_with_its_files_is_still_replaced()
    {
        Build(_guide.Content, _guide.Output).Code.ShouldBe(0);
        File.Delete(Path.Combine(_guide.Output, OutputLock.MarkerName));
        Build(_guide.Content, _guide.Output).Code.ShouldBe(0);
    }

    [Fact]
    public void An_output_from_before_the_marker_holding_only_format_folders_is_still_replaced()
    {
        Directory.CreateDirectory(Path.Combine(_guide.Output, "site", "en"));
        Directory.CreateDirectory(Path.Combine(_guide.Output, "packages"));
        Build(_guide.Content, _guide.Output).Code.ShouldBe(0);
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("aux.txt")]
    [InlineData("nul")]
    [InlineData("sortie-été-出力-📚")]
    [InlineData("trailing dot.")]
    public void Hostile_out_folder_names_build_or_fail_cleanly(string name)
    {
        var output = Path.Combine(_guide.Root, name);
        var (code, _, errors) = Build(_guide.Content, output);
        if (OperatingSystem.IsWindows())
        {
            code.ShouldBeOneOf(0, 1);
            errors.ShouldNotContain("   at ");
        }
        else
        {
            code.ShouldBe(0, errors);
            File.Exists(Path.Combine(output, "ebox", "index.html")).ShouldBeTrue();
        }
    }

    [Fact]
    public void The_root_of_the_disk_and_the_home_folder_are_refused()
    {
        var diagnostics = new DiagnosticBag();
        (string, string)[] sources = [("the content folder", _guide.Content)];
        OutputFolderGuard.Check(Path.GetPathRoot(_guide.Root)!, sources, ["site"], diagnostics).ShouldBeFalse();
        OutputFolderGuard.Check(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), sources, ["site"], diagnostics).ShouldBeFalse();
        diagnostics.Items.Select(d => d.Message).ShouldContain(m => m.Contains("root of the disk"));
        diagnostics.Items.Select(d => d.Message).ShouldContain(m => m.Contains("home folder"));
    }

    [Fact]
    public void An_out_folder_that_holds_the_theme_is_refused()
    {
        var theme = Path.Combine(_guide.Root, "work", "theme");
        TempGuide.CopyDirectory(RepoPaths.Theme, theme);
        var result = new GuideBuild(SilentProgress.Instance).Run(_guide.Options() with { ThemeDirectory = theme, OutputDirectory = Path.Combine(_guide.Root, "work") });
        result.IsUsageError.ShouldBeTrue();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnsafeOutputFolder && d.Message.Contains("holds the theme"));
    }
}
