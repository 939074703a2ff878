using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Model;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Glossary;

/// <summary>Glossary entries are tracked like modules: missing, in progress, outdated, up to date, orphan; and stamped.</summary>
public sealed class GlossaryTranslationTests : IDisposable
{
    private readonly TempGuide _guide = GlossaryGuide.Create();

    public void Dispose() => _guide.Dispose();

    private static GlossaryFile Parse(string text, string language) =>
        GlossaryReader.Parse(text, $"{language}/glossary.yml", $"{language}/glossary.yml", language, new DiagnosticBag()).ShouldNotBeNull();

    private static GlossaryEntry Source(string id) => Parse(GlossaryGuide.English, "en").Find(id)!;

    [Fact]
    public void An_entry_is_missing_outdated_in_progress_or_up_to_date_by_the_one_calculation()
    {
        var source = Source("portability");
        var fingerprint = Fingerprint.Of(source);
        GlossaryEntry Translated(string body) => Parse($"portability:\n{body}", "fr").Find("portability")!;

        TranslationStates.Of(source, null).ShouldBe(TranslationState.Missing);
        TranslationStates.Of(null, Translated("  term: portabilité\n  definition: Conserver ses droits.\n")).ShouldBe(TranslationState.Orphan);
        TranslationStates.Of(source, Translated("  term: portabilité\n  definition: Conserver ses droits.\n")).ShouldBe(TranslationState.Outdated);
        TranslationStates.Of(source, Translated($"  term: portabilité\n  definition: Conserver ses droits.\n  translation-of: {fingerprint}\n")).ShouldBe(TranslationState.UpToDate);
        TranslationStates.Of(source, Translated($"  term: portabilité\n  definition: 'TRANSLATE: Keeping acquired rights.'\n  translation-of: {fingerprint}\n"))
            .ShouldBe(TranslationState.InProgress);
        TranslationStates.Of(source, Translated($"  term: portability\n  definition: Keeping acquired rights when moving to another country.\n  translation-of: {fingerprint}\n"))
            .ShouldBe(TranslationState.InProgress);
    }

    [Fact]
    public void Changing_the_source_definition_makes_the_stamped_translation_outdated_but_rewrapping_it_does_not()
    {
        var before = Fingerprint.Of(Source("portability"));
        var rewrapped = Parse(GlossaryGuide.English.Replace("definition: Keeping acquired rights when moving to another country.",
            "definition: |\n    Keeping acquired rights\n    when moving to another country.", StringComparison.Ordinal), "en").Find("portability")!;
        var changed = Parse(GlossaryGuide.English.Replace("Keeping acquired rights", "Keeping every acquired right", StringComparison.Ordinal), "en").Find("portability")!;

        Fingerprint.Of(rewrapped).ShouldBe(before);
        Fingerprint.Of(changed).ShouldNotBe(before);
    }

    [Fact]
    public void The_translation_report_lists_every_entry_of_every_translation()
    {
        var loaded = GuideLoader.Load(new ContentFolder(_guide.Content), RepoPaths.UiStrings, new DiagnosticBag()).ShouldNotBeNull();

        var report = TranslationStatusCalculator.Calculate(loaded, RepoPaths.UiStrings);

        var french = report.Glossary.Where(g => g.Language == "fr").ToDictionary(g => g.ConceptId, g => g.State);
        french.ShouldBe(new Dictionary<string, TranslationState>
        {
            ["social-protection"] = TranslationState.Outdated,
            ["portability"] = TranslationState.Missing,
            ["totalization"] = TranslationState.Missing,
        }, ignoreOrder: true);
        report.Glossary.Where(g => g.Language == "es").ShouldAllBe(g => g.State == TranslationState.Missing && g.File == "es/glossary.yml");
    }

    [Fact]
    public void Stamping_writes_translation_of_into_each_entry_and_keeps_the_rest_of_the_file()
    {
        const string text = "# Glossaire, commenté.\nsocial-protection:\n  term: protection sociale   # le terme\n  definition: |\n    Les politiques.\n\nportability:\n  translation-of: sha256:0000000000000000\n  term: portabilité\n  definition: Conserver ses droits.\n";

        var stamped = GlossaryStamp.Apply(text, new Dictionary<string, string> { ["social-protection"] = "sha256:1111111111111111", ["portability"] = "sha256:2222222222222222" });

        stamped.ShouldBe("# Glossaire, commenté.\nsocial-protection:\n  translation-of: sha256:1111111111111111\n  term: protection sociale   # le terme\n  definition: |\n    Les politiques.\n\nportability:\n  translation-of: sha256:2222222222222222\n  term: portabilité\n  definition: Conserver ses droits.\n");
    }

    [Fact]
    public void The_stamp_command_makes_the_translated_entries_up_to_date_and_refuses_the_untranslated()
    {
        _guide.Write("fr/glossary.yml", GlossaryGuide.French + "totalization:\n  term: 'TRANSLATE: totalisation'\n  definition: Additionner les périodes.\n");

        var (code, output, errors) = CliRunner.Run("translations", "stamp", "fr/glossary.yml", "--content", _guide.Content);

        code.ShouldBe(1, output + errors);
        errors.ShouldContain("fr/glossary.yml:5:1: the entry 'totalization' is not translated yet; not stamped");
        output.ShouldContain("fr/glossary.yml: stamped 1 term, refused 1, already up to date 0.");
        var loaded = GuideLoader.Load(new ContentFolder(_guide.Content), RepoPaths.UiStrings, new DiagnosticBag())!;
        var states = TranslationStatusCalculator.Calculate(loaded, RepoPaths.UiStrings).Glossary.Where(g => g.Language == "fr").ToDictionary(g => g.ConceptId, g => g.State);
        states["social-protection"].ShouldBe(TranslationState.UpToDate);
        states["totalization"].ShouldBe(TranslationState.InProgress);
    }

    [Fact]
    public void The_status_command_prints_the_glossary_and_fails_on_a_missing_entry_when_asked()
    {
        var (code, output, _) = CliRunner.Run("translations", "--lang", "fr", "--fail-on", "missing", "--content", _guide.Content);

        output.ShouldContain("fr/glossary.yml: 3 terms: outdated 1 (social-protection); missing 2 (portability, totalization)");
        code.ShouldBe(1);
    }
}
