using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Cli;

/// <summary>The <c>guide</c> command as an editor runs it: exit codes and what it prints.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Build_succeeds_with_a_summary()
    {
        var (code, output, _) = Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "site,ebox");
        code.ShouldBe(0);
        output.ShouldContain("Built 9 pages in 3 languages (en, fr, es)");
        output.ShouldContain("ebox");
        File.Exists(Path.Combine(_guide.Output, "ebox", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Build_of_one_translation_without_the_default_language_works()
    {
        // es/02-beta is not translated: its page and deck come from the English source, which is not built.
        var (code, output, errors) = Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "site,ebox", "--lang", "es");
        code.ShouldBe(0, errors);
        output.ShouldContain("Built 3 pages in 1 language (es)");
        File.ReadAllText(Path.Combine(_guide.Output, "ebox", "index.html")).ShouldContain("<html lang=\"es\"");
        File.Exists(Path.Combine(_guide.Output, "ebox", "downloads", "slides", "es", "02-beta.pptx")).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, "ebox", "en")).ShouldBeFalse();
    }

    [Fact]
    public void Build_with_content_errors_exits_1_and_prints_every_error_as_path_line_column()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        _guide.Replace("en/01-alpha.md", "(02-beta.md#the-standards)", "(02-betta.md)");
        var (code, _, errors) = Run("build", "--content", _guide.Content, "--out", _guide.Output, "--formats", "site");
        code.ShouldBe(1);
        errors.ShouldMatch(@"en/02-beta\.md:5:6: error GB007: tab 'bleu' is not in the palette");
        errors.ShouldMatch(@"en/01-alpha\.md:59:5: error GB011: ");
        errors.ShouldContain("hint: did you mean 'blue'?");
        errors.ShouldContain("Build failed: 2 errors");
        errors.ShouldNotContain("   at ");
        Directory.Exists(_guide.Output + "/site").ShouldBeFalse();
    }

    [Theory]
    [InlineData("guide build --help", "build", "--formats", "html")]
    [InlineData("guide build --help", "build", "--no-such-option")]
    [InlineData("guide --help", "frobnicate")]
    [InlineData("guide build --help", "build", "--pdf-edition", "glossy")]
    [InlineData("guide translations status --help", "translations", "status", "--fail-on", "outdated", "--json")]
    public void Usage_mistakes_exit_2_and_point_to_the_help_of_the_command_in_use(string help, params string[] args)
    {
        var (code, _, errors) = Run(args);
        code.ShouldBe(2);
        errors.ShouldContain($"Run '{help}' for usage and examples.");
        errors.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("'--format': did you mean '--formats'?", "build", "--format", "pdf")]
    [InlineData("'--prot': did you mean '--port'?", "serve", "--prot", "8080")]
    [InlineData("'biuld': did you mean 'build'?", "biuld")]
    public void A_misspelt_option_or_command_gets_a_suggestion(string suggestion, params string[] args)
    {
        var (code, _, errors) = Run(args);
        code.ShouldBe(2);
        errors.ShouldContain(suggestion);
    }

    [Fact]
    public void Unknown_language_is_a_usage_error_with_a_suggestion()
    {
        var (code, _, errors) = Run("build", "--content", _guide.Content, "--out", _guide.Output, "--lang", "fr,esp");
        code.ShouldBe(2);
        errors.ShouldContain("--lang: error GB000: 'esp' is not a language of this guide");
        errors.ShouldContain("did you mean 'es'?");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_an_error_not_a_crash()
    {
        var file = Path.Combine(_guide.Root, "a-file");
        File.WriteAllText(file, "not a folder");
        var (code, _, errors) = Run("build", "--content", _guide.Content, "--out", file, "--formats", "site");
        code.ShouldBe(1);
        errors.ShouldContain("--out: error GB028: cannot write the output in " + file);
        errors.ShouldNotContain("   at ");
        File.ReadAllText(file).ShouldBe("not a folder");
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_a_message_not_a_stack_trace()
    {
        var file = Path.Combine(_guide.Root, "a-file");
        File.WriteAllText(file, "not a folder");
        var (code, _, errors) = Run("new", "guide", Path.Combine(file, "my-guide"));
        code.ShouldBe(1);
        errors.ShouldStartWith("guide: ");
        errors.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("99999", "99999 is not a port")]
    [InlineData("-1", "-1 is not a port")]
    public void Serve_refuses_a_port_that_cannot_be(string port, string message)
    {
        var (code, _, errors) = Run("serve", "--content", _guide.Content, "--port", port);
        code.ShouldBe(2);
        errors.ShouldContain(message);
        errors.ShouldNotContain("   at ");
    }

    [Fact]
    public void Serve_without_a_content_folder_stops_with_an_explanation()
    {
        var (code, _, errors) = Run("serve", "--content", Path.Combine(_guide.Root, "nope"), "--port", "0");
        code.ShouldBe(1);
        errors.ShouldContain("does not exist; pass --content DIR");
    }

    [Theory]
    [InlineData("de", "'de' is not a translation language of this guide; expected one of: fr, es")]
    [InlineData("fre", "did you mean 'fr'?")]
    [InlineData("en", "'en' is the source language; its translations are fr, es")]
    public void Translation_status_of_a_language_that_is_not_a_translation_is_a_usage_error(string language, string message)
    {
        var (code, _, errors) = Run("translations", "--content", _guide.Content, "--lang", language);
        code.ShouldBe(2);
        errors.ShouldContain(message);
    }

    [Theory]
    [InlineData("'de' is not a translation language of this guide", "--all", "de")]
    [InlineData("'en' is the source language; its translations are fr, es", "--all", "en")]
    [InlineData("en/01-alpha.md is a source file: only translations are stamped (e.g. fr/01-alpha.md)", "en/01-alpha.md")]
    public void Stamp_refuses_what_is_not_a_translation(string message, params string[] what)
    {
        var before = File.ReadAllText(_guide.PathOf("en/01-alpha.md"));
        var (code, _, errors) = Run(["translations", "stamp", "--content", _guide.Content, .. what]);
        code.ShouldBe(2);
        errors.ShouldContain(message);
        File.ReadAllText(_guide.PathOf("en/01-alpha.md")).ShouldBe(before);
    }

    [Fact]
    public void Missing_content_folder_explains_what_to_do()
    {
        var (code, _, errors) = Run("check", "--content", Path.Combine(_guide.Root, "nope"));
        code.ShouldBe(1);
        errors.ShouldContain("the content folder does not exist");
    }

    [Fact]
    public void Check_writes_nothing_and_reports()
    {
        var (code, output, _) = Run("check", "--content", _guide.Content);
        code.ShouldBe(0);
        output.ShouldContain("Check passed");
        Directory.Exists(_guide.Output).ShouldBeFalse();
    }

    [Fact]
    public void Help_lists_the_commands_with_examples()
    {
        var (code, output, _) = Run("build", "--help");
        code.ShouldBe(0);
        output.ShouldContain("--formats");
        output.ShouldContain("Examples:");
    }

    [Fact]
    public void Guide_alone_shows_the_commands()
    {
        var (code, output, _) = Run();
        code.ShouldBe(0);
        output.ShouldContain("Commands:");
        output.ShouldContain("translations");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("new", "module")]
    [InlineData("new", "guide")]
    [InlineData("translations")]
    [InlineData("translations", "status")]
    [InlineData("translations", "stamp")]
    [InlineData("translations", "new")]
    public void Every_command_has_help_with_an_example_of_itself(params string[] command)
    {
        var (code, output, _) = Run([.. command, "--help"]);
        code.ShouldBe(0);
        output.ShouldContain("Examples:");
        output.ShouldContain($"guide {string.Join(' ', command)} ");
    }
}
