using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Content;

/// <summary>
/// A symbolic link in the content folder must never publish a file from outside it
/// (<c>media/etc -&gt; /etc</c> and <c>file: media/etc/passwd</c> once put /etc/passwd in the E-box).
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Secret = "TOP-SECRET-OUTSIDE-THE-CONTENT";
    private readonly TempGuide _guide = new();
    private readonly string _outside;

    public SymlinkTests()
    {
        _outside = Path.Combine(_guide.Root, "outside");
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "passwd"), Secret);
        File.WriteAllText(Path.Combine(_outside, "chart.svg"), $"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>{Secret}</text></svg>");
    }

    public void Dispose() => _guide.Dispose();

    private void Link(string relative, string target)
    {
        var path = _guide.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    private Diagnostic BuildFailsWithLinkError(string fileEnd)
    {
        var result = _guide.Build("site", "ebox");
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesContent).ToList();
        errors.Count.ShouldBe(1, string.Join("\n", result.Diagnostics));
        result.Succeeded.ShouldBeFalse();
        errors[0].Location.Path.ShouldEndWith(fileEnd);
        NothingPublished();
        return errors[0];
    }

    private void NothingPublished()
    {
        if (!Directory.Exists(_guide.Output))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_guide.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".zip", StringComparison.Ordinal)))
        {
            File.ReadAllText(file).ShouldNotContain(Secret, customMessage: file);
        }
    }

    [Fact]
    public void A_resource_file_through_a_linked_folder_is_an_error_at_its_line()
    {
        Link("media/etc", _outside);
        _guide.Replace("en/01-alpha.md", "    description: The floors recommendation.",
            "    description: The floors recommendation.\n  - title: Passwords\n    type: dataset\n    file: media/etc/passwd");
        var error = BuildFailsWithLinkError("en/01-alpha.md");
        error.Location.Line.ShouldBe(37);
        error.Message.ShouldContain("media/etc is a link to");
    }

    [Fact]
    public void A_handout_that_is_a_link_out_is_an_error()
    {
        File.Delete(_guide.PathOf("media/handouts/map-gaps.pdf"));
        Link("media/handouts/map-gaps.pdf", Path.Combine(_outside, "passwd"));
        var error = BuildFailsWithLinkError("en/01-alpha.md");
        error.Location.Line.ShouldBe(29);
    }

    [Fact]
    public void A_voice_photo_that_is_a_link_out_is_an_error()
    {
        Link("media/photo.jpg", Path.Combine(_outside, "passwd"));
        _guide.Replace("en/01-alpha.md", "    country: Lebanon\n", "    country: Lebanon\n    photo: media/photo.jpg\n");
        BuildFailsWithLinkError("en/01-alpha.md").Location.Line.ShouldBe(14);
    }

    [Fact]
    public void An_image_in_the_body_that_is_a_link_out_is_an_error()
    {
        Link("media/leak", _outside);
        _guide.Replace("en/02-beta.md", "(01-alpha.md).", "(01-alpha.md).\n\n![Leak](media/leak/chart.svg)");
        BuildFailsWithLinkError("en/02-beta.md");
    }

    [Fact]
    public void Video_captions_that_are_a_link_out_are_an_error_at_the_video()
    {
        _guide.WriteBytes("media/videos/talk.mp4", [0, 0, 0, 24, 102, 116, 121, 112]);
        Link("media/videos/talk.en.vtt", Path.Combine(_outside, "passwd"));
        _guide.Replace("en/02-beta.md", "(01-alpha.md).", "(01-alpha.md).\n\n::: video media/videos/talk.mp4\nA talk.\n:::");
        BuildFailsWithLinkError("en/02-beta.md");
    }

    [Fact]
    public void A_module_file_that_is_a_link_out_is_an_error_at_the_file()
    {
        File.Copy(_guide.PathOf("en/02-beta.md"), Path.Combine(_outside, "beta.md"));
        File.Delete(_guide.PathOf("en/02-beta.md"));
        Link("en/02-beta.md", Path.Combine(_outside, "beta.md"));
        var result = _guide.Build("site", "ebox");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.LinkLeavesContent && d.Location.Path.EndsWith("en/02-beta.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_folder_that_is_a_link_out_is_an_error_at_guide_yml()
    {
        TempGuide.CopyDirectory(_guide.PathOf("es"), Path.Combine(_outside, "es"));
        Directory.Delete(_guide.PathOf("es"), recursive: true);
        Link("es", Path.Combine(_outside, "es"));
        var result = _guide.Build("site", "ebox");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.LinkLeavesContent && d.Location.Path.EndsWith("guide.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_media_folder_that_is_a_link_out_is_an_error_where_media_is_named()
    {
        TempGuide.CopyDirectory(_guide.PathOf("media"), Path.Combine(_outside, "media"));
        Directory.Delete(_guide.PathOf("media"), recursive: true);
        Link("media", Path.Combine(_outside, "media"));
        var result = _guide.Build("site", "ebox");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesContent).ShouldNotBeEmpty();
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeavesContent).ShouldAllBe(d => d.Location.Line > 0);
    }

    [Fact]
    public void A_link_that_stays_inside_the_content_is_followed()
    {
        Link("media/alias", "figures");
        _guide.Replace("en/02-beta.md", "(01-alpha.md).", "(01-alpha.md).\n\n![Chart again](media/alias/chart.svg)");
        var result = _guide.Build("site", "ebox");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        File.Exists(Path.Combine(_guide.Output, "site", "media", "alias", "chart.svg")).ShouldBeTrue();
    }

    [Fact]
    public void A_file_of_the_guides_theme_folder_that_is_a_link_out_is_an_error_at_the_file()
    {
        Link("theme/assets/passwd.css", Path.Combine(_outside, "passwd"));
        BuildFailsWithLinkError("theme/assets/passwd.css").Message.ShouldContain("theme/assets/passwd.css is a link to");
    }

    [Fact]
    public void A_theme_folder_that_is_a_link_out_is_an_error()
    {
        var theme = Path.Combine(_guide.Root, "their-theme");
        Directory.CreateDirectory(Path.Combine(theme, "assets"));
        File.WriteAllText(Path.Combine(theme, "assets", "stolen.txt"), Secret);
        Link("theme", theme);
        BuildFailsWithLinkError("theme/assets/stolen.txt").Message.ShouldContain("theme is a link to");
    }

    [Fact]
    public void A_folder_of_the_theme_that_links_out_is_an_error_at_the_folder()
    {
        var elsewhere = Path.Combine(_guide.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "stolen.txt"), Secret);
        Link("theme/assets/etc", elsewhere);
        BuildFailsWithLinkError("theme/assets/etc");
    }

    [Fact]
    public void A_link_loop_in_the_theme_folder_is_not_walked_and_the_guide_builds()
    {
        _guide.Write("theme/assets/brand.css", "body { color: #111; }");
        Link("theme/assets/loop", _guide.PathOf("theme"));
        var result = _guide.Build("site");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        File.Exists(Path.Combine(_guide.Output, "site", "assets", "brand.css")).ShouldBeTrue();
    }

    [Fact]
    public void A_theme_file_linked_inside_the_content_is_followed()
    {
        _guide.Write("media/brand.css", "body { color: #111; }");
        Link("theme/assets/brand.css", _guide.PathOf("media/brand.css"));
        var result = _guide.Build("site");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        File.ReadAllText(Path.Combine(_guide.Output, "site", "assets", "brand.css")).ShouldContain("#111");
    }

    [Fact]
    public void The_cli_does_not_print_a_line_of_the_file_a_link_leads_to()
    {
        File.WriteAllText(Path.Combine(_outside, "beta.md"), $"{Secret}\n---\nid: beta\n---\n");
        File.Delete(_guide.PathOf("en/02-beta.md"));
        Link("en/02-beta.md", Path.Combine(_outside, "beta.md"));
        Link("theme/assets/passwd.css", Path.Combine(_outside, "passwd"));
        var (code, output, errors) = CliRunner.Run("check", "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain(DiagnosticCodes.LinkLeavesContent);
        (output + errors).ShouldNotContain(Secret);
    }

    [Fact]
    public void An_interface_strings_file_that_links_out_of_its_folder_is_an_error_at_the_file()
    {
        var strings = Path.Combine(_guide.Root, "translations");
        Directory.CreateDirectory(strings);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.UiStrings, "*.yml"))
        {
            File.Copy(file, Path.Combine(strings, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_outside, "fr.yml"), File.ReadAllText(Path.Combine(strings, "fr.yml")).Replace("language_name: Français", $"language_name: {Secret}"));
        File.Delete(Path.Combine(strings, "fr.yml"));
        File.CreateSymbolicLink(Path.Combine(strings, "fr.yml"), Path.Combine(_outside, "fr.yml"));
        var result = new GuideBuilder.Build.GuideBuild(GuideBuilder.Build.SilentProgress.Instance).Run(_guide.Options("site") with { UiStringsDirectory = strings });
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.LinkLeavesContent && d.Location.Path.EndsWith("fr.yml", StringComparison.Ordinal));
        NothingPublished();
    }

    [Fact]
    public void A_file_of_the_base_theme_named_in_guide_yml_that_links_out_of_the_project_is_an_error()
    {
        var elsewhere = Directory.CreateTempSubdirectory("guide-elsewhere-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "passwd"), Secret);
            var theme = Path.Combine(_guide.Root, "themes", "ours");
            TempGuide.CopyDirectory(Path.Combine(RepoPaths.Root, "themes", "default"), theme);
            File.CreateSymbolicLink(Path.Combine(theme, "assets", "stolen.css"), Path.Combine(elsewhere, "passwd"));
            File.AppendAllText(_guide.PathOf("guide.yml"), "theme: themes/ours\n");
            var (code, output, errors) = CliRunner.Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "site");
            code.ShouldBe(1, errors);
            errors.ShouldContain("themes/ours/assets/stolen.css:1:1: error GB035");
            (output + errors).ShouldNotContain(Secret);
            NothingPublished();
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
