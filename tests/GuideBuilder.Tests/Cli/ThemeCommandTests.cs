using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Cli;

/// <summary><c>guide theme eject</c> starts a guide's own theme from the default one without ever destroying work.</summary>
public sealed class ThemeCommandTests
{
    private static (int Code, string Out, string Err) Eject(TempGuide guide, params string[] args) =>
        CliRunner.Run(["theme", "eject", .. args, "--content", guide.Content, "--theme", RepoPaths.Theme]);

    [Fact]
    public void Eject_copies_a_default_theme_file_into_the_guides_theme_folder()
    {
        using var guide = new TempGuide();

        var (code, output, _) = Eject(guide, "partials/footer.sbn-html");

        code.ShouldBe(0);
        output.ShouldContain("theme/partials/footer.sbn-html");
        File.ReadAllText(guide.PathOf("theme/partials/footer.sbn-html")).ShouldBe(File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", "footer.sbn-html")));
        Directory.EnumerateFiles(guide.PathOf("theme"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public void Eject_never_writes_through_a_link_out_of_the_content_even_with_force()
    {
        using var guide = new TempGuide();
        var victim = Path.Combine(guide.Root, "bashrc");
        File.WriteAllText(victim, "keep me\n");
        Directory.CreateDirectory(guide.PathOf("theme/assets"));
        File.CreateSymbolicLink(guide.PathOf("theme/assets/guide.css"), victim);
        var elsewhere = Directory.CreateDirectory(Path.Combine(guide.Root, "elsewhere")).FullName;
        Directory.CreateSymbolicLink(guide.PathOf("theme/partials"), elsewhere);

        var (code, _, errors) = Eject(guide, "assets/guide.css", "partials/footer.sbn-html", "--force");

        code.ShouldBe(1);
        errors.ShouldContain("theme/assets/guide.css leads outside the content folder");
        errors.ShouldContain("theme/partials/footer.sbn-html leads outside the content folder");
        File.ReadAllText(victim).ShouldBe("keep me\n");
        Directory.EnumerateFileSystemEntries(elsewhere).ShouldBeEmpty();
    }

    [Fact]
    public void Eject_copies_a_whole_folder()
    {
        using var guide = new TempGuide();

        Eject(guide, "layouts").Code.ShouldBe(0);

        Directory.EnumerateFiles(guide.PathOf("theme/layouts")).Select(Path.GetFileName)
            .ShouldBe(Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts")).Select(Path.GetFileName), ignoreOrder: true);
    }

    [Fact]
    public void Eject_never_overwrites_a_file_without_force()
    {
        using var guide = new TempGuide();
        guide.Write("theme/partials/footer.sbn-html", "<footer>ours</footer>\n");

        var (code, _, errors) = Eject(guide, "partials/footer.sbn-html");

        code.ShouldBe(1);
        errors.ShouldContain("--force");
        File.ReadAllText(guide.PathOf("theme/partials/footer.sbn-html")).ShouldBe("<footer>ours</footer>\n");

        Eject(guide, "partials/footer.sbn-html", "--force").Code.ShouldBe(0);
        File.ReadAllText(guide.PathOf("theme/partials/footer.sbn-html")).ShouldBe(File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", "footer.sbn-html")));
    }

    [Theory]
    [InlineData("partials/fotter.sbn-html", "partials/footer.sbn-html")]
    [InlineData("../guide.yml", null)]
    [InlineData("/etc/passwd", null)]
    public void Eject_names_only_files_of_the_theme(string file, string? suggestion)
    {
        using var guide = new TempGuide();

        var (code, _, errors) = Eject(guide, file);

        code.ShouldBe(2);
        errors.ShouldContain("the theme has no file or folder");
        if (suggestion is not null)
        {
            errors.ShouldContain(suggestion);
        }

        Directory.Exists(guide.PathOf("theme")).ShouldBeFalse();
    }

    [Fact]
    public void A_guide_with_the_whole_theme_ejected_builds_the_same_pages()
    {
        using var plain = new TempGuide();
        using var ejected = new TempGuide();
        Eject(ejected).Code.ShouldBe(0);

        plain.Build("site").Succeeded.ShouldBeTrue();
        ejected.Build("site").Succeeded.ShouldBeTrue();

        foreach (var page in new[] { "index.html", "en/index.html", "fr/01-alpha/index.html", "assets/guide.css" })
        {
            File.ReadAllText(Path.Combine(ejected.Output, "site", page)).ShouldBe(File.ReadAllText(Path.Combine(plain.Output, "site", page)), page);
        }
    }

    [Fact]
    public void Theme_help_shows_examples()
    {
        var (code, output, _) = CliRunner.Run("theme", "eject", "--help");

        code.ShouldBe(0);
        output.ShouldContain("Examples:");
        output.ShouldContain("guide theme eject partials/footer.sbn-html");
    }
}
