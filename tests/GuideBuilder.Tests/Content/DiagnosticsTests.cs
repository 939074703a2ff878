using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Content;

/// <summary>Every content mistake the contract names is reported with its file, line and column.</summary>
public sealed class DiagnosticsTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private Diagnostic Single(string code)
    {
        var found = _guide.Check().Where(d => d.Code == code).ToList();
        found.Count.ShouldBe(1, $"expected one {code}, got: {string.Join("; ", _guide.Check())}");
        return found[0];
    }

    [Fact]
    public void The_fixture_guide_is_clean()
    {
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
    }

    [Fact]
    public void A_tab_too_light_for_text_is_a_warning_that_names_the_shade_the_build_uses_instead()
    {
        _guide.Replace("guide.yml", "blue: \"#1d5fa6\"", "blue: \"#E56A1C\"");
        var warning = Single(DiagnosticCodes.LowContrast);
        warning.IsError.ShouldBeFalse();
        warning.Location.Path.ShouldEndWith("guide.yml");
        warning.Message.ShouldBe($"tab 'blue' (#E56A1C) is too light for text (3.3:1 on white, 4.5:1 needed): the build writes its text and links in {GuideBuilder.Palette.TabShades.For("#e56a1c").Text} and puts ink text on it; the colour itself stays on stripes, borders and thumb tabs");
        warning.Hint.ShouldNotBeNull().ShouldContain("darker");
    }

    [Theory]
    [InlineData("#00857C")] // white text on it passes (4.52:1), but not text in it on the pale backgrounds of boxes and tables
    [InlineData("#F2C500")]
    public void A_tab_whose_text_shade_differs_from_it_is_reported(string colour)
    {
        _guide.Replace("guide.yml", "blue: \"#1d5fa6\"", $"blue: \"{colour}\"");
        Single(DiagnosticCodes.LowContrast).Message.ShouldContain($"({colour})");
    }

    [Fact]
    public void Yaml_syntax_error_points_at_the_line_in_the_file()
    {
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: [Beta module");
        var error = Single(DiagnosticCodes.YamlSyntax);
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        error.Location.Line.ShouldBeInRange(2, 6);
        error.IsError.ShouldBeTrue();
    }

    [Fact]
    public void Missing_required_field_is_named()
    {
        _guide.Replace("en/02-beta.md", "tab: blue\n", "");
        var error = Single(DiagnosticCodes.MissingField);
        error.Message.ShouldContain("'tab'");
        error.Location.Path.ShouldEndWith("en/02-beta.md");
    }

    [Fact]
    public void Unknown_key_suggests_the_right_one()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: blue\nsumary: typo");
        var error = Single(DiagnosticCodes.UnknownKey);
        error.Location.Line.ShouldBe(6);
        error.Location.Column.ShouldBe(1);
        error.Hint.ShouldBe("did you mean 'summary'?");
    }

    [Fact]
    public void Unknown_key_in_guide_yml_suggests_the_right_one()
    {
        _guide.Replace("guide.yml", "default-language: en", "default-language: en\ndefault-langauge: fr");
        var error = Single(DiagnosticCodes.UnknownKey);
        error.Location.Path.ShouldEndWith("guide.yml");
        error.Hint.ShouldBe("did you mean 'default-language'?");
    }

    [Fact]
    public void Wrong_type_is_reported()
    {
        _guide.Replace("en/02-beta.md", "module: 2", "module: two");
        var error = Single(DiagnosticCodes.WrongType);
        error.Message.ShouldContain("whole number");
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldBe(9);
    }

    [Fact]
    public void Duplicate_id_and_module_number_are_reported()
    {
        _guide.Replace("en/02-beta.md", "id: beta\nmodule: 2", "id: alpha\nmodule: 1");
        Single(DiagnosticCodes.DuplicateId).Message.ShouldContain("01-alpha.md");
        Single(DiagnosticCodes.DuplicateModuleNumber).Location.Path.ShouldEndWith("en/02-beta.md");
    }

    [Fact]
    public void Unknown_tab_colour_suggests_a_palette_name()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var error = Single(DiagnosticCodes.UnknownTab);
        error.Hint.ShouldBe("did you mean 'blue'?");
        error.Location.Line.ShouldBe(5);
        error.Location.Column.ShouldBe(6);
    }

    [Fact]
    public void Declared_language_without_folder_is_an_error()
    {
        _guide.Replace("guide.yml", "languages: [en, fr, es]", "languages: [en, fr, es, pt]");
        Directory.Exists(_guide.PathOf("pt")).ShouldBeFalse();
        _guide.Check().ShouldContain(d => d.Code == DiagnosticCodes.LanguageFolderMissing && d.Message.Contains("'pt'"));
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        _guide.Write("en/03-empty.md", "  \n");
        Single(DiagnosticCodes.EmptyFile).Location.Path.ShouldEndWith("en/03-empty.md");
    }

    [Fact]
    public void Non_utf8_file_points_at_the_bad_byte()
    {
        _guide.WriteBytes("en/03-latin1.md", [.. "---\nid: x\n"u8.ToArray(), 0x74, 0xE9, 0x74, 0xE9, (byte)'\n']);
        var error = Single(DiagnosticCodes.NotUtf8);
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldBe(2);
    }

    [Fact]
    public void Link_to_a_missing_module_suggests_the_file()
    {
        _guide.Replace("en/01-alpha.md", "(02-beta.md#the-standards)", "(02-betta.md)");
        var error = Single(DiagnosticCodes.BrokenLink);
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        error.Location.Line.ShouldBe(59);
        error.Location.Column.ShouldBe(5);
        error.Hint.ShouldBe("did you mean '02-beta.md'?");
    }

    [Fact]
    public void Link_to_a_missing_anchor_suggests_the_section()
    {
        _guide.Replace("en/01-alpha.md", "(02-beta.md#the-standards)", "(02-beta.md#standards)");
        var error = Single(DiagnosticCodes.BrokenAnchor);
        error.Location.Line.ShouldBe(59);
        error.Hint.ShouldBe("did you mean 'the-standards'?");
    }

    [Fact]
    public void Link_to_a_missing_anchor_on_the_same_page_is_an_error()
    {
        _guide.Replace("en/01-alpha.md", "(#left-out)", "(#left-behind)");
        Single(DiagnosticCodes.BrokenAnchor).Message.ShouldContain("#left-behind");
    }

    [Fact]
    public void Missing_media_file_is_reported_where_it_is_named()
    {
        _guide.Replace("en/01-alpha.md", "media/figures/chart.svg", "media/figures/chrat.svg");
        var error = Single(DiagnosticCodes.MissingMedia);
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        error.Location.Line.ShouldBe(56);
    }

    [Fact]
    public void Missing_handout_in_front_matter_is_reported()
    {
        _guide.Delete("media/handouts/map-gaps.pdf");
        var error = Single(DiagnosticCodes.MissingMedia);
        error.Location.Line.ShouldBe(29);
        error.Location.Column.ShouldBe(14);
    }

    [Fact]
    public void Path_escaping_the_content_folder_is_refused()
    {
        _guide.Replace("en/01-alpha.md", "media/figures/chart.svg", "../../etc/passwd");
        Single(DiagnosticCodes.PathEscapesContent).Location.Line.ShouldBe(56);
    }

    [Fact]
    public void Image_without_alt_text_is_an_error()
    {
        _guide.Replace("en/01-alpha.md", "![Bar chart of coverage]", "![]");
        Single(DiagnosticCodes.MissingAltText).Location.Line.ShouldBe(56);
    }

    [Fact]
    public void Unknown_box_suggests_the_right_one()
    {
        _guide.Replace("en/01-alpha.md", "::: good-practice", "::: good-practise");
        Single(DiagnosticCodes.UnknownBox).Hint.ShouldBe("did you mean 'good-practice'?");
    }

    [Fact]
    public void Missing_ui_string_in_the_default_language_names_file_and_key()
    {
        using var strings = new TempGuide(RepoPaths.UiStrings);
        strings.Replace("en.yml", "next: Next\n", "");
        var diagnostics = new DiagnosticBag();
        GuideBuilder.Build.GuidePreparation.Prepare(_guide.Options() with { UiStringsDirectory = strings.Content }, diagnostics, GuideBuilder.Build.SilentProgress.Instance);
        var error = diagnostics.Items.Single(d => d.Code == DiagnosticCodes.MissingUiString && d.IsError);
        error.Message.ShouldContain("'next'");
        error.Location.Path.ShouldEndWith("en.yml");
    }

    [Fact]
    public void Translation_must_keep_number_tab_and_exercise_ids()
    {
        _guide.Replace("fr/01-alpha.md", "module: 1\ntitle: Module alpha\nshort-title: Alpha\ntab: red", "module: 3\ntitle: Module alpha\nshort-title: Alpha\ntab: blue");
        _guide.Replace("fr/01-alpha.md", "id: map-gaps", "id: map-the-gaps");
        var errors = _guide.Check().Where(d => d.Code == DiagnosticCodes.TranslationMismatch).ToList();
        errors.Count.ShouldBe(3);
        errors.ShouldAllBe(e => e.Location.Path.EndsWith("fr/01-alpha.md"));
        errors.ShouldContain(e => e.Message.Contains("module number is 3 here but 1"));
        errors.ShouldContain(e => e.Message.Contains("tab colour is blue here but red") && e.Hint == "a translation keeps the tab colour of its source; change it to red");
    }

    [Fact]
    public void A_module_file_that_cannot_be_read_is_one_error_not_one_more_per_link_and_translation()
    {
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module\ntitle: Again");
        var problems = _guide.Check();
        problems.Select(d => d.Code).ShouldBe([DiagnosticCodes.YamlSyntax], string.Join("\n", problems));
        problems[0].Location.Path.ShouldEndWith("en/02-beta.md");
    }

    [Theory]
    [InlineData("default-language: en", "default-language: de", DiagnosticCodes.BadLanguage, "default-language 'de' is not one of the languages (en, fr, es)")]
    [InlineData("languages: [en, fr, es]", "languages: []", DiagnosticCodes.BadLanguage, "'languages' lists no language")]
    [InlineData("red: \"#b0252d\"", "red: \"#b0252g\"", DiagnosticCodes.InvalidValue, "tab 'red' has colour '#b0252g', which is not #rrggbb")]
    public void A_mistake_in_guide_yml_is_one_error_and_no_crash(string line, string mistake, string code, string message)
    {
        _guide.Replace("guide.yml", line, mistake);
        var errors = _guide.Check().Where(d => d.IsError).ToList();
        errors.Select(e => e.Code).ShouldBe([code], string.Join("\n", errors));
        errors[0].Message.ShouldBe(message);
    }

    [Fact]
    public void A_malformed_resource_address_is_a_warning_at_its_url_line()
    {
        _guide.Replace("en/01-alpha.md", "url: https://www.ilo.org/r202", "url: https://intranet/r202");
        var warning = _guide.Check().Single(d => d.Message.Contains("looks malformed", StringComparison.Ordinal));
        warning.IsError.ShouldBeFalse();
        warning.Message.ShouldBe("the web address 'https://intranet/r202' looks malformed");
        warning.Location.Path.ShouldEndWith("en/01-alpha.md");
        File.ReadAllLines(_guide.PathOf("en/01-alpha.md"))[warning.Location.Line - 1].ShouldContain("url: https://intranet/r202");
    }

    [Fact]
    public void A_video_without_captions_in_its_page_language_is_a_warning()
    {
        _guide.WriteBytes("media/videos/clip.mp4", [0, 0, 0, 24]);
        _guide.Write("media/videos/clip.fr.vtt", "WEBVTT\n");
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "::: video media/videos/clip.mp4\nA clip.\n:::\n\nMigrants face gaps");

        var warning = _guide.Check().Single(d => d.Code == DiagnosticCodes.MissingMedia);
        warning.IsError.ShouldBeFalse();
        warning.Message.ShouldBe("the video has no captions in 'en'");
        warning.Location.Path.ShouldEndWith("en/01-alpha.md");

        _guide.Write("media/videos/clip.en.vtt", "WEBVTT\n");
        _guide.Check().ShouldNotContain(d => d.Code == DiagnosticCodes.MissingMedia);
    }

    [Theory]
    [InlineData("module: 2", "module: -1", "module number -1 is not between 1 and 99")]
    [InlineData("module: 2", "module: 2\nslug: ../../outside", "slug '../../outside' must be lowercase letters, digits and hyphens")]
    public void A_module_number_or_slug_that_cannot_be_is_one_error(string line, string mistake, string message)
    {
        _guide.Replace("en/02-beta.md", line, mistake);
        var errors = _guide.Check().Where(d => d.IsError).ToList();
        errors.Select(e => e.Message).ShouldBe([message], string.Join("\n", errors));
        errors[0].Location.Path.ShouldEndWith("en/02-beta.md");
    }

    [Fact]
    public void A_misspelt_tab_in_the_source_is_one_error_not_one_more_per_translation()
    {
        _guide.Replace("en/01-alpha.md", "tab: red", "tab: rde");
        var errors = _guide.Check().Where(d => d.IsError).ToList();
        errors.Select(e => e.Code).ShouldBe([DiagnosticCodes.UnknownTab]);
        errors[0].Hint.ShouldBe("did you mean 'red'?");
    }

    [Fact]
    public void An_interface_strings_file_that_cannot_be_read_is_one_diagnostic_not_one_per_string()
    {
        using var strings = new TempGuide(RepoPaths.UiStrings);
        strings.Write("fr.yml", File.ReadAllText(strings.PathOf("fr.yml")) + "next: [\n");
        strings.Delete("es.yml");
        var diagnostics = new DiagnosticBag();
        GuideBuilder.Build.GuidePreparation.Prepare(_guide.Options() with { UiStringsDirectory = strings.Content }, diagnostics, GuideBuilder.Build.SilentProgress.Instance);

        diagnostics.Items.Select(d => (d.Code, d.IsError, Path.GetFileName(d.Location.Path))).ShouldBe(
            [(DiagnosticCodes.MissingUiString, false, "es.yml"), (DiagnosticCodes.YamlSyntax, true, "fr.yml")],
            ignoreOrder: true,
            customMessage: string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void Missing_ui_string_in_a_translation_falls_back_with_a_warning()
    {
        using var strings = new TempGuide(RepoPaths.UiStrings);
        strings.Replace("fr.yml", "next: Suivant\n", "");
        var diagnostics = new DiagnosticBag();
        var prepared = GuideBuilder.Build.GuidePreparation.Prepare(_guide.Options() with { UiStringsDirectory = strings.Content }, diagnostics, GuideBuilder.Build.SilentProgress.Instance);
        var warning = diagnostics.Items.Single(d => d.Code == DiagnosticCodes.MissingUiString);
        warning.IsError.ShouldBeFalse();
        warning.Message.ShouldContain("'next'");
        warning.Location.Path.ShouldEndWith("fr.yml");
        prepared.ShouldNotBeNull();
        prepared.Document.Edition("fr").Ui["next"].ShouldBe("Next");
        prepared.Document.Edition("fr").Ui["previous"].ShouldBe("Précédent");
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu\nsumary: x");
        _guide.Replace("en/01-alpha.md", "(02-beta.md#the-standards)", "(02-betta.md)");
        var codes = _guide.Check().Where(d => d.IsError).Select(d => d.Code).ToList();
        codes.ShouldContain(DiagnosticCodes.UnknownTab);
        codes.ShouldContain(DiagnosticCodes.UnknownKey);
        codes.ShouldContain(DiagnosticCodes.BrokenLink);
    }

    [Fact]
    public void Diagnostic_prints_as_path_line_column_severity_code_message()
    {
        var diagnostic = new Diagnostic(new SourceLocation("guide-content/en/01.md", 12, 3), Severity.Error, "GB011", "broken", "fix it");
        diagnostic.ToString().ShouldBe("guide-content/en/01.md:12:3: error GB011: broken\n    hint: fix it");
    }

    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://example.org/guide/")]
    [InlineData("//evil.example/")]
    [InlineData("https://example.org/a\\nDisallow: /")]
    public void A_base_url_that_is_not_a_web_address_or_a_path_is_an_error_at_it(string baseUrl)
    {
        _guide.Replace("guide.yml", "base-url: https://example.org/mini/", $"base-url: \"{baseUrl}\"");
        var error = _guide.Check().Single(d => d.IsError);
        error.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        error.Location.Path.ShouldEndWith("guide.yml");
        error.Location.Line.ShouldBe(17);
    }

    [Theory]
    [InlineData("https://example.org/mini/")]
    [InlineData("http://example.org/")]
    [InlineData("/mini/")]
    public void A_base_url_that_is_a_web_address_or_a_path_is_accepted(string baseUrl)
    {
        _guide.Replace("guide.yml", "base-url: https://example.org/mini/", $"base-url: \"{baseUrl}\"");
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
    }
}
