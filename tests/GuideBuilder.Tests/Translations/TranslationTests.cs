using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Translations;

public sealed class TranslationTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private LoadedGuide Load()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = GuideLoader.Load(new ContentFolder(_guide.Content), RepoPaths.UiStrings, diagnostics);
        loaded.ShouldNotBeNull(string.Join("\n", diagnostics.Items));
        return loaded;
    }

    private string FingerprintOf(string id) => Fingerprint.Of(Load().SourceModules.Single(m => m.Id == id));

    private (int Code, string Out) Run(params string[] args)
    {
        var (code, output, _) = CliRunner.Run([.. args, "--content", _guide.Content]);
        return (code, output);
    }

    [Fact]
    public void Fingerprint_is_stable_and_ignores_whitespace_only_edits()
    {
        var before = FingerprintOf("alpha");
        before.ShouldMatch("^sha256:[0-9a-f]{16}$");
        FingerprintOf("alpha").ShouldBe(before);
        _guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.", "Migrants   face gaps\nin social protection.\n");
        _guide.Replace("en/01-alpha.md", "tab: red", "tab: red   ");
        FingerprintOf("alpha").ShouldBe(before);
    }

    [Theory]
    [InlineData("Migrants face gaps", "Migrants often face gaps")]
    [InlineData("title: Alpha module", "title: Alpha")]
    [InlineData("Secret trainer note.", "Another note.")]
    [InlineData("description: The floors recommendation.", "description: The recommendation.")]
    public void Fingerprint_changes_with_any_translatable_text(string from, string to)
    {
        var before = FingerprintOf("alpha");
        _guide.Replace("en/01-alpha.md", from, to);
        FingerprintOf("alpha").ShouldNotBe(before);
    }

    [Fact]
    public void Fingerprint_ignores_what_translators_do_not_translate()
    {
        var before = FingerprintOf("alpha");
        _guide.Replace("en/01-alpha.md", "tab: red", "tab: blue");
        _guide.Replace("en/01-alpha.md", "url: https://www.ilo.org/r202", "url: https://www.ilo.org/r202-new");
        FingerprintOf("alpha").ShouldBe(before);
    }

    [Fact]
    public void Status_tells_all_four_states()
    {
        _guide.Write("fr/01-alpha.md", TranslationStamp.Apply(File.ReadAllText(_guide.PathOf("fr/01-alpha.md")), FingerprintOf("alpha")));
        _guide.Write("fr/09-gone.md", "---\nid: gone\nmodule: 9\ntitle: Parti\ntab: red\n---\nTexte.\n");
        var report = TranslationStatusCalculator.Calculate(Load(), RepoPaths.UiStrings);
        TranslationState State(string language, string id) => report.Modules.Single(m => m.Language == language && m.ModuleId == id).State;
        State("fr", "alpha").ShouldBe(TranslationState.UpToDate);
        State("fr", "intro").ShouldBe(TranslationState.Outdated);
        State("fr", "beta").ShouldBe(TranslationState.Missing);
        State("fr", "gone").ShouldBe(TranslationState.Orphan);
    }

    [Fact]
    public void Change_summary_names_changed_fields_and_sections()
    {
        var before = Load().SourceModules.Single(m => m.Id == "alpha");
        _guide.Replace("en/01-alpha.md", "title: Alpha module", "title: The alpha module");
        _guide.Replace("en/01-alpha.md", "Migrant workers in irregular situations.", "Migrant workers in irregular situations and their families.");
        _guide.Replace("en/01-alpha.md", "See [beta standards]", "## New part\n\nSee [beta standards]");
        var after = Load().SourceModules.Single(m => m.Id == "alpha");
        var changes = ChangeSummary.Compare(before, after).Select(c => c.ToString()).ToList();
        changes.ShouldContain("title changed");
        changes.ShouldContain("section 'Who is left out?' changed");
        changes.ShouldContain("section 'New part' added");
        changes.ShouldNotContain(c => c.StartsWith("objective", StringComparison.Ordinal));
    }

    [Fact]
    public void Change_summary_names_the_item_that_changed_in_a_list()
    {
        _guide.Replace("en/01-alpha.md", "  - Coverage matters.", "  - Coverage matters.\n  - Portability matters.\n  - Equal treatment matters.");
        var before = Load().SourceModules.Single(m => m.Id == "alpha");
        _guide.Replace("en/01-alpha.md", "  - Portability matters.", "  - Portability of benefits matters.");
        _guide.Replace("en/01-alpha.md", "  - Coverage matters.", "  - Access comes first.\n  - Coverage matters.");
        _guide.Replace("en/01-alpha.md", "      2. Draw the map.", "      2. Draw the map of schemes.");
        _guide.Replace("en/01-alpha.md", "  - Explain protection", "  - Explain   protection\n    to colleagues");
        var after = Load().SourceModules.Single(m => m.Id == "alpha");
        var changes = ChangeSummary.Compare(before, after).Select(c => c.ToString()).ToList();
        changes.ShouldBe(["objective 1 changed", "key message 1 added", "key message 3 changed", "exercise 'map-gaps' instructions changed"], ignoreOrder: true);
    }

    [Fact]
    public void Change_summary_reports_removed_items_and_exercises_by_their_old_place()
    {
        var before = Load().SourceModules.Single(m => m.Id == "alpha");
        _guide.Replace("en/01-alpha.md", "key-messages:\n  - Coverage matters.\n", "");
        _guide.Replace("en/01-alpha.md", "  - id: map-gaps", "  - id: map-schemes");
        var after = Load().SourceModules.Single(m => m.Id == "alpha");
        var changes = ChangeSummary.Compare(before, after).Select(c => c.ToString()).ToList();
        changes.ShouldBe(["key message 1 removed", "exercise 'map-schemes' added", "exercise 'map-gaps' removed"], ignoreOrder: true);
    }

    [Fact]
    public void Change_summary_is_empty_when_the_source_was_only_rewrapped()
    {
        var before = Load().SourceModules.Single(m => m.Id == "alpha");
        _guide.Replace("en/01-alpha.md", "Migrant workers in irregular situations.", "Migrant workers\nin irregular   situations.");
        _guide.Replace("en/01-alpha.md", "quote: I paid into the *fund* for years.", "quote: >-\n      I paid into the *fund*\n      for years.");
        var after = Load().SourceModules.Single(m => m.Id == "alpha");
        ChangeSummary.Compare(before, after).ShouldBeEmpty();
    }

    [Fact]
    public void Stamp_records_the_current_source_and_keeps_the_rest_of_the_file()
    {
        var original = File.ReadAllText(_guide.PathOf("fr/01-alpha.md"));
        Run("translations", "stamp", "fr/01-alpha.md").Code.ShouldBe(0);
        var stamped = File.ReadAllText(_guide.PathOf("fr/01-alpha.md"));
        stamped.ShouldContain($"translation-of: {FingerprintOf("alpha")}");
        stamped.Replace($"translation-of: {FingerprintOf("alpha")}", "translation-of: pending").ShouldBe(original);
        TranslationStatusCalculator.Calculate(Load(), RepoPaths.UiStrings).Modules.Single(m => m.Language == "fr" && m.ModuleId == "alpha").State.ShouldBe(TranslationState.UpToDate);
    }

    [Fact]
    public void New_translation_is_marked_loads_without_errors_and_counts_as_in_progress_until_translated()
    {
        Run("translations", "new", "es", "02-beta").Code.ShouldBe(0);
        var text = File.ReadAllText(_guide.PathOf("es/02-beta.md"));
        text.ShouldContain("title: \"TRANSLATE: Beta module\"");
        text.ShouldContain("id: beta");
        text.ShouldContain("tab: blue");
        text.ShouldContain($"translation-of: {FingerprintOf("beta")}");
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
        var row = TranslationStatusCalculator.Calculate(Load(), RepoPaths.UiStrings).Modules.Single(m => m.Language == "es" && m.ModuleId == "beta");
        row.State.ShouldBe(TranslationState.InProgress);
        row.UntranslatedMarkers.ShouldBe(5); // the title, the note at the top, and the body's paragraph, heading and paragraph
        Run("translations", "new", "es", "02-beta").Code.ShouldBe(1);
    }

    [Fact]
    public void Status_prints_a_table_json_and_fails_on_request()
    {
        var (code, table) = Run("translations");
        code.ShouldBe(0);
        table.ShouldContain("module");
        table.ShouldMatch(@"beta\s+missing\s+missing");
        var (_, json) = Run("translations", "--format", "json");
        var document = System.Text.Json.JsonDocument.Parse(json);
        document.RootElement.GetProperty("modules").EnumerateArray().ShouldContain(m => m.GetProperty("id").GetString() == "beta" && m.GetProperty("state").GetString() == "missing");
        Run("translations", "--fail-on", "missing").Code.ShouldBe(1);
        Run("translations", "--fail-on", "orphan").Code.ShouldBe(0);
    }
}
