using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Content;

/// <summary>Every diagnostic names the exact place of the problem, and one problem does not hide the others.</summary>
public sealed class PreciseLocationTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private Diagnostic Single(string code)
    {
        var all = _guide.Check();
        var found = all.Where(d => d.Code == code).ToList();
        found.Count.ShouldBe(1, $"expected one {code}, got: {string.Join("; ", all)}");
        return found[0];
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_at_its_line_and_column()
    {
        _guide.Replace("en/02-beta.md", "tab: blue\n", "tab: blue\nobjectives:\n  - One\n\t- Two\n");
        var error = Single(DiagnosticCodes.YamlSyntax);
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        (error.Location.Line, error.Location.Column).ShouldBe((8, 1));
        error.Message.ShouldContain("tab");
    }

    [Fact]
    public void A_tab_inside_an_exercise_block_scalar_is_reported_at_its_line()
    {
        _guide.Replace("en/01-alpha.md", "      2. Draw the map.\n", "      2. Draw the map.\n\t3. Present it.\n");
        var error = Single(DiagnosticCodes.YamlSyntax);
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        (error.Location.Line, error.Location.Column).ShouldBe((27, 1));
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_the_bracket()
    {
        _guide.Replace("guide.yml", "  page-size: A4", "  page-size: [A4");
        var error = _guide.Check().Single(d => d.Code == DiagnosticCodes.YamlSyntax);
        (error.Location.Line, error.Location.Column).ShouldBe((15, 14));
    }

    [Fact]
    public void The_cli_shows_the_offending_line_with_a_caret()
    {
        _guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var (code, _, errors) = CliRunner.Run("check", "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain("    5 | tab: bleu\n      |      ^\n");
    }

    [Fact]
    public void A_duplicate_module_number_names_the_module_line_of_both_files()
    {
        _guide.Replace("en/02-beta.md", "module: 2", "module: 1");
        var error = Single(DiagnosticCodes.DuplicateModuleNumber);
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        (error.Location.Line, error.Location.Column).ShouldBe((3, 1));
        error.Message.ShouldContain("en/01-alpha.md:3:1");
    }

    [Fact]
    public void A_declared_language_without_a_folder_names_its_item_in_languages()
    {
        Directory.Delete(_guide.PathOf("es"), recursive: true);
        var error = Single(DiagnosticCodes.LanguageFolderMissing);
        error.Location.Path.ShouldEndWith("guide.yml");
        (error.Location.Line, error.Location.Column).ShouldBe((9, 21));
    }

    [Fact]
    public void An_unclosed_box_is_an_error_at_the_line_that_opened_it()
    {
        _guide.Replace("en/02-beta.md", "## The standards", "::: case-study A story\nIt never ends.\n\n## The standards");
        var error = Single(DiagnosticCodes.UnclosedBox);
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        (error.Location.Line, error.Location.Column).ShouldBe((10, 1));
        error.IsError.ShouldBeTrue();
    }

    [Fact]
    public void An_unclosed_box_followed_by_a_closed_one_is_reported_at_its_own_line_not_at_the_closed_one()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps", "::: case-study Open\nMigrants face gaps");
        var error = Single(DiagnosticCodes.UnclosedBox);
        error.Location.Line.ShouldBe(37);
        error.Message.ShouldContain("::: case-study");
    }

    [Fact]
    public void An_unclosed_box_in_exercise_instructions_is_reported_there()
    {
        _guide.Replace("en/01-alpha.md", "      2. Draw the map.\n", "      2. Draw the map.\n\n      ::: key-point\n      Keep it short.\n");
        Single(DiagnosticCodes.UnclosedBox).Location.Line.ShouldBe(28);
    }

    [Fact]
    public void A_closed_box_is_not_reported()
    {
        _guide.Check().ShouldNotContain(d => d.Code == DiagnosticCodes.UnclosedBox);
    }

    [Fact]
    public void A_yaml_error_in_guide_yml_still_lets_the_modules_be_checked()
    {
        _guide.Replace("guide.yml", "  page-size: A4", "  page-size: [A4");
        _guide.Replace("en/02-beta.md", "[alpha](01-alpha.md)", "[alpha](09-nowhere.md)");
        var all = _guide.Check();
        all.ShouldContain(d => d.Code == DiagnosticCodes.YamlSyntax && d.Location.Path.EndsWith("guide.yml", StringComparison.Ordinal));
        all.ShouldContain(d => d.Code == DiagnosticCodes.BrokenLink && d.Location.Path.EndsWith("en/02-beta.md", StringComparison.Ordinal));
        all.ShouldNotContain(d => d.Code == DiagnosticCodes.UnknownTab, "the palette is unknown, not empty");
    }

    [Fact]
    public void A_front_matter_yaml_error_still_lets_the_body_be_checked()
    {
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: [Beta module");
        _guide.Replace("en/02-beta.md", "[alpha](01-alpha.md)", "[alpha](09-nowhere.md) <b>bold</b>");
        _guide.Replace("en/02-beta.md", "## The standards", "::: case-study\nOpen.\n\n## The standards");
        var all = _guide.Check().Where(d => d.Location.Path.EndsWith("en/02-beta.md", StringComparison.Ordinal)).ToList();
        all.ShouldContain(d => d.Code == DiagnosticCodes.YamlSyntax);
        all.ShouldContain(d => d.Code == DiagnosticCodes.BrokenLink);
        all.ShouldContain(d => d.Code == DiagnosticCodes.RawHtml);
        all.ShouldContain(d => d.Code == DiagnosticCodes.UnclosedBox);
    }

    [Fact]
    public void Markdown_problems_in_the_body_quotes_and_exercises_are_each_reported_once()
    {
        _guide.Replace("en/01-alpha.md", "quote: I paid into the *fund* for years.", "quote: I paid into the <b>fund</b> for years.");
        _guide.Replace("en/01-alpha.md", "      2. Draw the map.", "      2. Draw the <i>map</i>.");
        _guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.", "Migrants face <u>gaps</u> in social protection.");

        var rawHtml = _guide.Check().Where(d => d.Code == DiagnosticCodes.RawHtml && d.Location.Path.EndsWith("en/01-alpha.md", StringComparison.Ordinal)).ToList();

        // One warning per tag, opening and closing, on three lines: none is missing and none comes twice.
        rawHtml.Select(d => (d.Location.Line, d.Location.Column)).Distinct().Count().ShouldBe(6, string.Join("\n", rawHtml));
        rawHtml.Count.ShouldBe(6);
        rawHtml.Select(d => d.Location.Line).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void A_translation_with_no_source_module_still_has_its_quotes_checked()
    {
        _guide.Write("fr/07-orphan.md", "---\nid: orphan\nmodule: 7\ntitle: Orphelin\ntab: red\nvoices:\n  - name: Ana\n    quote: Une <b>voix</b>.\n---\n\nTexte <u>seul</u>.\n");

        var all = _guide.Check().Where(d => d.Location.Path.EndsWith("fr/07-orphan.md", StringComparison.Ordinal)).ToList();

        all.ShouldContain(d => d.Code == DiagnosticCodes.OrphanTranslation);
        // Opening and closing tags, in the quote and in the body, each once.
        all.Count(d => d.Code == DiagnosticCodes.RawHtml).ShouldBe(4, string.Join("\n", all));
        all.Where(d => d.Code == DiagnosticCodes.RawHtml).Select(d => d.Location.Line).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void An_unquoted_hash_in_a_plain_value_is_warned_at_the_hash()
    {
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module\nsummary: families #1 priority");
        var warning = Single(DiagnosticCodes.TextCutByComment);
        warning.IsError.ShouldBeFalse();
        (warning.Location.Line, warning.Location.Column).ShouldBe((5, 19));
        warning.Hint!.ShouldContain("quote");
    }

    [Fact]
    public void A_hash_in_a_quoted_value_or_a_spaced_comment_is_not_warned()
    {
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module # a note\nsummary: \"families #1 priority\"");
        _guide.Check().ShouldNotContain(d => d.Code == DiagnosticCodes.TextCutByComment);
    }

    [Fact]
    public void The_placeholders_of_a_new_module_are_warned_by_check_until_edited()
    {
        CliRunner.Run("new", "module", "--content", _guide.Content, "--number", "3", "--id", "remittances", "--title", "Remittances", "--tab", "blue").Code.ShouldBe(0);
        var placeholders = Check().Where(d => d.Code == DiagnosticCodes.ScaffoldPlaceholder).ToList();
        placeholders.ShouldAllBe(d => d.Location.Path.EndsWith("en/03-remittances.md", StringComparison.Ordinal) && !d.IsError);
        var text = File.ReadAllText(_guide.PathOf("en/03-remittances.md")).Split('\n');
        var summaryLine = Array.FindIndex(text, l => l.StartsWith("summary:", StringComparison.Ordinal)) + 1;
        placeholders.ShouldContain(d => d.Location.Line == summaryLine);
        placeholders.Count.ShouldBeGreaterThanOrEqualTo(4);

        _guide.Replace("en/03-remittances.md", "summary: One or two sentences that say what this module is for.", "summary: Money sent home.");
        Check().Count(d => d.Code == DiagnosticCodes.ScaffoldPlaceholder).ShouldBe(placeholders.Count - 1);
    }

    private List<Diagnostic> Check()
    {
        var diagnostics = new DiagnosticBag();
        GuideBuilder.Build.GuidePreparation.Prepare(_guide.Options(), diagnostics, GuideBuilder.Build.SilentProgress.Instance, advise: true);
        return [.. diagnostics.Items];
    }
}
