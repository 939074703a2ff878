using System.Text.Json;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Translations;

/// <summary><c>guide translations new</c> starts the language's glossary.yml too, marked like a module, and never overwrites one.</summary>
public sealed class GlossaryScaffoldTests : IDisposable
{
    private const string Source = """
        # The mini glossary.
        portability:
          term: portability
          definition: Keeping *acquired rights* when moving.

        totalisation:
          term: totalisation
          plural: [totalisations, totalisation periods]
          definition: |
            Adding up periods:

            - of insurance;
            - of residence.

        """;

    private readonly TempGuide _guide = new();

    public GlossaryScaffoldTests() => _guide.Write("en/glossary.yml", Source);

    public void Dispose() => _guide.Dispose();

    private (int Code, string Out, string Err) Run(params string[] arguments) => CliRunner.Run([.. arguments, "--content", _guide.Content]);

    private Dictionary<string, string> GlossaryStates(string language)
    {
        var (code, output, errors) = Run("translations", "--format", "json", "--lang", language);
        code.ShouldBe(0, errors);
        return JsonDocument.Parse(output).RootElement.GetProperty("glossary").EnumerateArray()
            .ToDictionary(g => g.GetProperty("id").GetString()!, g => g.GetProperty("state").GetString()!);
    }

    [Fact]
    public void A_new_translation_starts_the_glossary_with_every_text_marked_and_in_progress_until_the_markers_are_gone()
    {
        var (code, output, errors) = Run("translations", "new", "es", "02-beta");
        code.ShouldBe(0, errors);
        output.ShouldContain("Created ");
        output.ShouldContain("es/glossary.yml: translate every term and definition marked TRANSLATE:");
        var text = File.ReadAllText(_guide.PathOf("es/glossary.yml"));
        text.ShouldContain("""
            portability:
              translation-of: sha256:
            """);
        text.ShouldContain("  term: 'TRANSLATE: portability'\n");
        text.ShouldContain("  plural: ['TRANSLATE: totalisations', 'TRANSLATE: totalisation periods']\n");
        text.ShouldContain("    TRANSLATE: Keeping *acquired rights* when moving.\n");
        // Each block of a definition is marked where its text starts: the list stays a list.
        text.ShouldContain("    TRANSLATE: Adding up periods:\n\n    - TRANSLATE: of insurance;\n    - TRANSLATE: of residence.\n");
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
        GlossaryStates("es").Values.ShouldBe(["in progress", "in progress"]);

        // In progress, the edition shows the source's entry, never a marker.
        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var page = File.ReadAllText(Path.Combine(_guide.Output, "site", "es", "glossary", "index.html"));
        page.ShouldContain("totalisation");
        page.ShouldNotContain("TRANSLATE");

        // Once the markers of an entry are gone (its words translated), it is up to date: the scaffold recorded its source.
        var translated = text.Replace("'TRANSLATE: portability'", "portabilidad").Replace("TRANSLATE: Keeping *acquired rights* when moving.", "Conservar los *derechos adquiridos* al mudarse.");
        File.WriteAllText(_guide.PathOf("es/glossary.yml"), translated);
        var states = GlossaryStates("es");
        states["portability"].ShouldBe("up to date");
        states["totalisation"].ShouldBe("in progress");
    }

    [Fact]
    public void An_existing_glossary_is_never_overwritten()
    {
        const string french = "# mine\nportability:\n  term: portabilité\n  definition: Garder ses droits.\n";
        _guide.Write("fr/glossary.yml", french);
        var (code, _, errors) = Run("translations", "new", "fr");
        code.ShouldBe(1);
        errors.ShouldContain("fr/glossary.yml exists already; it was not overwritten");

        (code, var output, errors) = Run("translations", "new", "fr", "02-beta");
        code.ShouldBe(0, errors);
        output.ShouldNotContain("glossary.yml");
        File.Exists(_guide.PathOf("fr/02-beta.md")).ShouldBeTrue();
        File.ReadAllText(_guide.PathOf("fr/glossary.yml")).ShouldBe(french);
    }

    [Fact]
    public void The_glossary_alone_is_started_when_named_and_refused_without_a_source_glossary()
    {
        var (code, output, errors) = Run("translations", "new", "es", "glossary");
        code.ShouldBe(0, errors);
        output.ShouldContain("es/glossary.yml");
        File.Exists(_guide.PathOf("es/02-beta.md")).ShouldBeFalse();

        _guide.Delete("en/glossary.yml").Delete("es/glossary.yml");
        (code, _, errors) = Run("translations", "new", "fr");
        code.ShouldBe(1);
        errors.ShouldContain("the guide has no glossary (en/glossary.yml)");
        File.Exists(_guide.PathOf("fr/glossary.yml")).ShouldBeFalse();
    }
}
