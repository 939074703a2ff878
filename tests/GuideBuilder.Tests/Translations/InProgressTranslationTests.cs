using System.IO.Compression;
using GuideBuilder.Build;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Translations;

/// <summary>A scaffold from <c>guide translations new</c> is never published as a finished translation.</summary>
public sealed class InProgressTranslationTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public InProgressTranslationTests()
    {
        var (code, _, errors) = CliRunner.Run("translations", "new", "fr", "02-beta", "--content", _guide.Content);
        code.ShouldBe(0, errors);
    }

    public void Dispose() => _guide.Dispose();

    private string Read(string relative) => File.ReadAllText(Path.Combine(_guide.Output, relative));

    [Fact]
    public void The_french_page_shows_the_english_text_in_english_with_the_notice()
    {
        var result = _guide.Build("site", "ebox");
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        foreach (var target in new[] { "site", "ebox" })
        {
            var html = Read($"{target}/fr/02-beta/index.html");
            html.ShouldContain("Protección social for everyone.");
            html.ShouldContain("<article class=\"module\" lang=\"en\"");
            html.ShouldContain("class=\"translation-notice");
            html.ShouldContain("Ce module n’est pas encore disponible en français");
        }

        result.Translations["fr"].GetValueOrDefault(TranslationState.InProgress).ShouldBe(1);
        result.Translations["fr"].GetValueOrDefault(TranslationState.UpToDate).ShouldBe(0);
    }

    [Fact]
    public void No_marker_reaches_any_output_file_deck_or_print_html()
    {
        _guide.Build("site", "ebox").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        foreach (var file in Directory.EnumerateFiles(_guide.Output, "*", SearchOption.AllDirectories))
        {
            foreach (var text in Texts(file))
            {
                text.ShouldNotContain(TranslationStatusCalculator.Marker, customMessage: file);
            }
        }

        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(_guide.Options(), diagnostics, SilentProgress.Instance);
        prepared.ShouldNotBeNull(string.Join("\n", diagnostics.Items));
        var print = new PrintBookBuilder(prepared.Document, prepared.Theme, prepared.Loaded.Folder).Build(prepared.Document.Edition("fr"), BookLayout.Unmeasured);
        print.ShouldContain("Protección social for everyone.");
        print.ShouldNotContain(TranslationStatusCalculator.Marker);
    }

    [Fact]
    public void No_hreflang_alternate_and_no_sitemap_entry_names_the_french_page()
    {
        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        Read("site/en/02-beta/index.html").ShouldNotContain("hreflang=\"fr\" href=\"https://example.org/mini/fr/02-beta/");
        Read("site/fr/02-beta/index.html").ShouldNotContain("rel=\"alternate\" hreflang=\"fr\"");
        Read("site/sitemap.xml").ShouldNotContain("/fr/02-beta/");
    }

    [Fact]
    public void Status_calls_it_in_progress_in_the_table_json_and_fail_on()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = GuideLoader.Load(new ContentFolder(_guide.Content), RepoPaths.UiStrings, diagnostics)!;
        var row = TranslationStatusCalculator.Calculate(loaded, RepoPaths.UiStrings).Modules.Single(m => m.Language == "fr" && m.ModuleId == "beta");
        row.State.ShouldBe(TranslationState.InProgress);

        var (_, table, _) = CliRunner.Run("translations", "--content", _guide.Content);
        table.ShouldMatch(@"beta\s+in progress \(5 to translate\)\s+missing");
        var (_, json, _) = CliRunner.Run("translations", "--format", "json", "--content", _guide.Content);
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("modules").EnumerateArray()
            .ShouldContain(m => m.GetProperty("id").GetString() == "beta" && m.GetProperty("language").GetString() == "fr" && m.GetProperty("state").GetString() == "in progress");
        CliRunner.Run("translations", "--fail-on", "in-progress", "--lang", "fr", "--content", _guide.Content).Code.ShouldBe(1);
        CliRunner.Run("translations", "--fail-on", "missing", "--lang", "fr", "--content", _guide.Content).Code.ShouldBe(0);
    }

    [Fact]
    public void Stamp_refuses_with_the_line_of_the_first_marker_and_exits_non_zero()
    {
        var before = File.ReadAllText(_guide.PathOf("fr/02-beta.md"));
        var firstLine = before.Split('\n').ToList().FindIndex(l => l.Contains(TranslationStatusCalculator.Marker, StringComparison.Ordinal)) + 1;
        var (code, _, errors) = CliRunner.Run("translations", "stamp", "fr/02-beta.md", "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain($"02-beta.md:{firstLine}:");
        errors.ShouldContain(TranslationStatusCalculator.Marker);
        File.ReadAllText(_guide.PathOf("fr/02-beta.md")).ShouldBe(before);
    }

    [Fact]
    public void Stamp_all_lists_what_it_stamped_and_what_it_refused()
    {
        var (code, output, errors) = CliRunner.Run("translations", "stamp", "--all", "fr", "--content", _guide.Content);
        code.ShouldBe(1);
        output.ShouldContain("fr/01-alpha.md: stamped");
        errors.ShouldContain("02-beta.md");
        errors.ShouldContain("not stamped");
        output.ShouldContain("Stamped 2 files, refused 1, already up to date 0.");

        var (_, again, _) = CliRunner.Run("translations", "stamp", "--all", "fr", "--content", _guide.Content);
        again.ShouldNotContain(": stamped");
        again.ShouldContain("Stamped 0 files, refused 1, already up to date 2.");
    }

    [Fact]
    public void A_scaffold_with_its_markers_deleted_but_its_body_untranslated_is_still_in_progress()
    {
        var path = _guide.PathOf("fr/02-beta.md");
        var lines = File.ReadAllLines(path).Where(l => !l.Contains("remove these markers", StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Select(l => l.Replace(TranslationStatusCalculator.Marker + " ", "", StringComparison.Ordinal)));
        File.ReadAllText(path).ShouldNotContain(TranslationStatusCalculator.Marker);

        var result = _guide.Build("site");
        result.Translations["fr"].GetValueOrDefault(TranslationState.InProgress).ShouldBe(1);
        Read("site/fr/02-beta/index.html").ShouldContain("<article class=\"module\" lang=\"en\"");

        var (code, _, errors) = CliRunner.Run("translations", "stamp", "fr/02-beta.md", "--content", _guide.Content);
        code.ShouldBe(1);
        errors.ShouldContain("the body is still the text of");
        CliRunner.Run("translations", "--content", _guide.Content).Out.ShouldContain("in progress (body untranslated)");
    }

    private static IEnumerable<string> Texts(string file)
    {
        if (Path.GetExtension(file) is ".pptx" or ".zip")
        {
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries.Where(e => Path.GetExtension(e.Name) is ".xml" or ".html" or ".js" or ".json" or ".rels"))
            {
                using var reader = new StreamReader(entry.Open());
                yield return reader.ReadToEnd();
            }
        }
        else if (Path.GetExtension(file) is ".html" or ".js" or ".json" or ".xml" or ".txt" or ".css")
        {
            yield return File.ReadAllText(file);
        }
    }
}
