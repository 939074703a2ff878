using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Glossary;

/// <summary>glossary.yml and term marks are checked: every problem at its file, line and column, with a hint.</summary>
public sealed class GlossaryCheckTests : IDisposable
{
    private readonly TempGuide _guide = GlossaryGuide.Create();

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void The_glossary_guide_checks_clean()
    {
        _guide.Check().Where(d => d.IsError || d.Code.StartsWith("GB07", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_term_is_an_error_at_the_mark_with_a_did_you_mean()
    {
        _guide.Replace("en/02-beta.md", "Protección social for everyone.", "Protección social for everyone and [portability](term:portabilty).");

        var error = _guide.Check().Single(d => d.Code == DiagnosticCodes.UnknownTerm);

        error.IsError.ShouldBeTrue();
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        error.Location.Line.ShouldBe(LineOf("en/02-beta.md", "term:portabilty"));
        error.Location.Column.ShouldBe(File.ReadAllLines(_guide.PathOf("en/02-beta.md"))[error.Location.Line - 1].IndexOf("[portability]", StringComparison.Ordinal) + 1);
        error.Message.ShouldContain("'portabilty'");
        error.Hint.ShouldNotBeNull().ShouldContain("did you mean 'portability'?");
    }

    [Fact]
    public void A_mark_with_no_text_is_an_error()
    {
        _guide.Replace("en/02-beta.md", "Protección social for everyone.", "Protección social for everyone [](term:portability).");

        _guide.Check().Single(d => d.Code == DiagnosticCodes.UnknownTerm).Hint.ShouldNotBeNull().ShouldContain("[portability](term:portability)");
    }

    [Fact]
    public void A_mark_in_a_guide_without_a_glossary_names_the_file_to_create()
    {
        _guide.Delete("en/glossary.yml").Delete("fr/glossary.yml");

        var error = _guide.Check().First(d => d.Code == DiagnosticCodes.NoGlossary);

        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        error.Hint.ShouldNotBeNull().ShouldContain("en/glossary.yml");
    }

    [Fact]
    public void A_yaml_error_in_the_glossary_is_reported_at_its_line()
    {
        _guide.Write("en/glossary.yml", "portability:\n  term: portability\n  definition: rights: kept\n");

        var error = _guide.Check().First(d => d.Code == DiagnosticCodes.YamlSyntax);

        error.Location.Path.ShouldEndWith("en/glossary.yml");
        error.Location.Line.ShouldBe(3);
        error.Location.Column.ShouldBe(21);
    }

    [Fact]
    public void Malformed_entries_are_each_reported_at_their_place_and_the_good_ones_kept()
    {
        _guide.Write("en/glossary.yml", """
            social-protection:
              term: social protection
              definition: Fine.
            Portability Rights:
              term: portability
              definition: Bad id.
            totalization: just a text
            portability:
              term: portability
              defintion: Misspelt key.
            """);

        var found = _guide.Check();

        found.ShouldContain(d => d.Code == DiagnosticCodes.BadGlossaryEntry && d.Location.Line == 4 && d.Location.Column == 1 && d.Message.Contains("'Portability Rights'"));
        found.ShouldContain(d => d.Code == DiagnosticCodes.BadGlossaryEntry && d.Location.Line == 7 && d.Location.Column == 15);
        found.ShouldContain(d => d.Code == DiagnosticCodes.UnknownKey && d.Location.Line == 10 && d.Hint!.Contains("did you mean 'definition'?"));
        found.ShouldContain(d => d.Code == DiagnosticCodes.MissingField && d.Location.Line == 9 && d.Message.Contains("'definition'"));
        // social-protection was kept: its marks are not unknown; portability was not, so its mark is.
        found.ShouldNotContain(d => d.Code == DiagnosticCodes.UnknownTerm && d.Message.Contains("'social-protection'"));
        found.ShouldContain(d => d.Code == DiagnosticCodes.UnknownTerm && d.Message.Contains("'portability'"));
    }

    [Fact]
    public void A_translated_entry_without_a_source_concept_is_a_warning_with_a_did_you_mean()
    {
        _guide.Write("fr/glossary.yml", GlossaryGuide.French + "portabilty:\n  term: portabilité\n  definition: Conserver ses droits.\n");

        var warning = _guide.Check().Single(d => d.Code == DiagnosticCodes.OrphanGlossaryEntry);

        warning.IsError.ShouldBeFalse();
        warning.Location.Path.ShouldEndWith("fr/glossary.yml");
        warning.Location.Line.ShouldBe(5);
        warning.Hint.ShouldNotBeNull().ShouldContain("did you mean 'portability'?");
    }

    [Fact]
    public void A_module_cannot_take_the_glossary_page_as_its_slug()
    {
        _guide.Replace("en/02-beta.md", "id: beta", "id: beta\nslug: glossary");

        _guide.Check().ShouldContain(d => d.Code == DiagnosticCodes.GlossarySlugTaken && d.Location.Path.EndsWith("en/02-beta.md", StringComparison.Ordinal));
    }

    private int LineOf(string relative, string text) =>
        Array.FindIndex(File.ReadAllLines(_guide.PathOf(relative)), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
