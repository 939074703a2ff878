using System.Text.Json;
using System.Xml.Linq;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Translations.Xliff.XliffFiles;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary>The glossary through XLIFF: one unit per term, plural form and block of a definition, imported into &lt;lang&gt;/glossary.yml in place.</summary>
public sealed class XliffGlossaryTests : IDisposable
{
    private const string Source = """
        # The mini glossary.
        portability:
          term: portability
          definition: |
            Keeping *acquired rights* when moving; see
            [totalisation](term:totalisation).

        totalisation:
          term: totalisation
          plural: totalisations
          definition: |
            Adding up periods of insurance in several countries.

            Each country then pays its part.

        """;

    private const string FrenchGlossary = """
        # Le glossaire du traducteur : ce commentaire reste.
        portability:
          term: portabilité   # choisi avec le client
          definition: |
            Garder ses *droits acquis* en partant ; voir la
            [totalisation](term:totalisation).

        """;

    private readonly TempGuide _guide = new();

    public XliffGlossaryTests()
    {
        _guide.Write("en/glossary.yml", Source).Write("fr/glossary.yml", FrenchGlossary);
        CliRunner.Run("translations", "stamp", "fr/glossary.yml", "--content", _guide.Content).Code.ShouldBe(0);
        _frenchBefore = French;
    }

    private readonly string _frenchBefore;

    public void Dispose() => _guide.Dispose();

    private string French => File.ReadAllText(_guide.PathOf("fr/glossary.yml"));

    private string ExportGlossary() => Path.Combine(Export(_guide, "fr", "glossary"), "glossary.en-fr.xlf");

    private static XElement Target(XDocument document, string unit) => Segment(Unit(document, unit)).Element(Xlf + "target")!;

    private Dictionary<string, JsonElement> Glossary(string language)
    {
        var (code, output, errors) = CliRunner.Run("translations", "--format", "json", "--lang", language, "--content", _guide.Content);
        code.ShouldBe(0, errors);
        return JsonDocument.Parse(output).RootElement.GetProperty("glossary").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!, g => g.Clone());
    }

    private static string State(JsonElement row) => row.GetProperty("state").GetString()!;

    private string Refused(string file, string code, (int Line, int Column) at)
    {
        var (exit, _, errors) = Import(_guide, file);
        exit.ShouldBe(1, errors);
        errors.ShouldContain($"glossary.en-fr.xlf:{at.Line}:{at.Column}: error {code}:");
        errors.ShouldContain("nothing was imported");
        French.ShouldBe(_frenchBefore);
        return errors;
    }

    [Fact]
    public void Export_of_a_language_writes_the_glossary_beside_the_modules_with_a_unit_per_text_and_its_context()
    {
        var folder = Export(_guide, "fr");
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["00-intro.fr.xlf", "01-alpha.fr.xlf", "02-beta.fr.xlf", "glossary.en-fr.xlf"]);
        var document = Load(Path.Combine(folder, "glossary.en-fr.xlf"));
        Units(document).Select(u => (string)u.Attribute("id")!).ShouldBe([
            "portability.term", "portability.definition.start.p1",
            "totalisation.term", "totalisation.plural.1", "totalisation.definition.start.p1", "totalisation.definition.start.p2"]);

        var definition = Unit(document, "portability.definition.start.p1");
        definition.Descendants(Xlf + "note").Select(n => $"{n.Attribute("category")!.Value}={n.Value}")
            .ShouldBe(["glossary=en/glossary.yml", "entry=portability", "field=definition", "term=portability", "block=paragraph"]);
        var source = Segment(definition).Element(Xlf + "source")!;
        source.Value.ShouldBe("Keeping acquired rights when moving; see totalisation.");
        source.Elements(Xlf + "pc").Select(pc => (string?)pc.Attribute("type")).ShouldBe(["fmt", "link"]);
        definition.Descendants(Xlf + "data").Select(d => d.Value).ShouldContain("](term:totalisation)");

        // The French entry is up to date: its texts are the targets. The missing one has none.
        Target(document, "portability.term").Value.ShouldBe("portabilité");
        Target(document, "portability.definition.start.p1").Value.ShouldBe("Garder ses droits acquis en partant ; voir la totalisation.");
        Segment(Unit(document, "totalisation.plural.1")).Element(Xlf + "target").ShouldBeNull();
        Segment(Unit(document, "totalisation.plural.1")).Element(Xlf + "source")!.Value.ShouldBe("totalisations");
    }

    [Fact]
    public void Export_of_named_modules_leaves_the_glossary_out_unless_named()
    {
        var folder = Export(_guide, "fr", "01-alpha");
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["01-alpha.fr.xlf"]);
        var (code, _, errors) = CliRunner.Run("translations", "export", "fr", "glosary", "--out", Path.Combine(_guide.Root, "x"), "--content", _guide.Content);
        code.ShouldBe(2);
        errors.ShouldContain("glossary");
    }

    [Fact]
    public void Import_updates_the_glossary_in_place_stamped_and_keeping_the_translators_comments()
    {
        var file = ExportGlossary();
        var document = Fill(Load(file), Shout);
        Target(document, "portability.term").ReplaceNodes(new XText("portabilité des droits"));
        document.Save(file, SaveOptions.DisableFormatting);

        var (exit, output, errors) = Import(_guide, file);
        exit.ShouldBe(0, errors);
        output.ShouldContain("fr/glossary.yml: updated, 6 texts translated; up to date");
        var french = French;
        french.ShouldStartWith("# Le glossaire du traducteur : ce commentaire reste.\nportability:\n");
        french.ShouldContain("  term: portabilité des droits   # choisi avec le client\n");
        // A definition whose words did not change keeps the translator's line breaks.
        french.ShouldContain("    Garder ses *droits acquis* en partant ; voir la\n    [totalisation](term:totalisation).\n");
        french.ShouldContain("""
            totalisation:
              translation-of: sha256:
            """);
        french.ShouldContain("""
              term: TOTALISATION
              plural: TOTALISATIONS
              definition: |
                ADDING UP PERIODS OF INSURANCE IN SEVERAL COUNTRIES.

                EACH COUNTRY THEN PAYS ITS PART.

            """);

        var glossary = Glossary("fr");
        glossary.Values.Select(State).ShouldBe(["up to date", "up to date"]);
        glossary.Values.ShouldAllBe(row => row.GetProperty("translationOf").GetString() == row.GetProperty("sourceFingerprint").GetString());

        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var page = File.ReadAllText(Path.Combine(_guide.Output, "site", "fr", "glossary", "index.html"));
        page.ShouldContain("TOTALISATION");
        page.ShouldContain("portabilité des droits");
        page.ShouldContain("EACH COUNTRY THEN PAYS ITS PART.");

        // Exporting again gives the same units, every one now with the imported text as its target.
        var again = Load(ExportGlossary());
        Units(again).Select(u => (string)u.Attribute("id")!).ShouldBe(Units(Load(file)).Select(u => (string)u.Attribute("id")!));
        Target(again, "totalisation.definition.start.p2").Value.ShouldBe("EACH COUNTRY THEN PAYS ITS PART.");
        Target(again, "portability.term").Value.ShouldBe("portabilité des droits");
    }

    [Fact]
    public void Import_creates_a_missing_glossary()
    {
        _guide.Delete("fr/glossary.yml");
        var file = ExportGlossary();
        Load(file).Descendants(Xlf + "target").ShouldBeEmpty();
        FillFile(file, Shout);
        var (exit, output, errors) = Import(_guide, file);
        exit.ShouldBe(0, errors);
        output.ShouldContain("fr/glossary.yml: created");
        French.ShouldStartWith("portability:\n  translation-of: sha256:");
        // A definition is wrapped like the English one (at 42 characters), not put on one line.
        French.ShouldContain("    KEEPING *ACQUIRED RIGHTS* WHEN MOVING; SEE\n    [TOTALISATION](term:totalisation).\n");
        Glossary("fr").Values.Select(State).ShouldBe(["up to date", "up to date"]);
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();
    }

    [Fact]
    public void A_dropped_term_mark_is_refused_at_the_target_and_nothing_is_written()
    {
        var file = ExportGlossary();
        var document = Fill(Load(file), Shout);
        var target = Target(document, "portability.definition.start.p1");
        target.ReplaceNodes(new XText("SANS LIEN"));
        var errors = Refused(file, "GB084", Save(document, file, d => Target(d, "portability.definition.start.p1")));
        errors.ShouldContain("drops the inline code");
    }

    [Fact]
    public void A_unit_the_glossary_no_longer_has_is_refused()
    {
        var file = ExportGlossary();
        var document = Fill(Load(file), Shout);
        Unit(document, "totalisation.plural.1").SetAttributeValue("id", "totalisation.plural.2");
        Refused(file, "GB086", Save(document, file, d => Unit(d, "totalisation.plural.2")));
    }

    [Fact]
    public void An_empty_target_is_refused_unless_partial_which_leaves_the_entry_in_progress()
    {
        var file = ExportGlossary();
        var document = Fill(Load(file), Shout);
        Target(document, "totalisation.plural.1").RemoveNodes();
        Refused(file, "GB087", Save(document, file, d => Target(d, "totalisation.plural.1")));

        var (exit, output, errors) = Import(_guide, "--partial", file);
        exit.ShouldBe(0, errors);
        output.ShouldContain("1 left to translate; in progress");
        French.ShouldContain("plural: 'TRANSLATE: totalisations'");
        var glossary = Glossary("fr");
        State(glossary["totalisation"]).ShouldBe("in progress");
        State(glossary["portability"]).ShouldBe("up to date");
    }

    [Fact]
    public void A_definition_changed_since_the_export_is_imported_for_review_and_the_entry_stays_outdated()
    {
        var file = ExportGlossary();
        FillFile(file, Shout);
        _guide.Replace("en/glossary.yml", "Each country then pays its part.", "Each country then pays its own part.");
        var at = Save(Load(file), file, d => Unit(d, "totalisation.definition.start.p2"));
        var (exit, _, errors) = Import(_guide, file);
        exit.ShouldBe(0, errors);
        errors.ShouldContain($"glossary.en-fr.xlf:{at.Line}:{at.Column}: warning GB088: the source of 'totalisation.definition.start.p2' changed since the export");
        French.ShouldContain("EACH COUNTRY THEN PAYS ITS PART.");
        var glossary = Glossary("fr");
        State(glossary["totalisation"]).ShouldBe("outdated");
        State(glossary["portability"]).ShouldBe("up to date");
    }

    [Fact]
    public void Hostile_text_in_glossary_targets_stays_text_through_import_build_and_export()
    {
        const string term = "key: value # no comment 'single' \"double\" [x] {y} & *z* | ---";
        const string plural = "- dash: [1]";
        const string definition = "#: not yaml --- ... <script>alert(1)</script> [a](javascript:b) \u2028 end";
        var file = ExportGlossary();
        var document = Fill(Load(file), Shout);
        Target(document, "totalisation.term").ReplaceNodes(new XText(term));
        Target(document, "totalisation.plural.1").ReplaceNodes(new XText(plural));
        Target(document, "totalisation.definition.start.p2").ReplaceNodes(new XText(definition));
        document.Save(file, SaveOptions.DisableFormatting);
        var (exit, _, errors) = Import(_guide, file);
        exit.ShouldBe(0, errors);
        _guide.Check().Where(d => d.IsError).ShouldBeEmpty();

        var again = Load(ExportGlossary());
        Target(again, "totalisation.term").Value.ShouldBe(term);
        Target(again, "totalisation.plural.1").Value.ShouldBe(plural);
        Target(again, "totalisation.definition.start.p2").Value.ShouldBe(definition);
        Target(again, "totalisation.definition.start.p2").Elements().ShouldBeEmpty();

        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var page = File.ReadAllText(Path.Combine(_guide.Output, "site", "fr", "glossary", "index.html"));
        page.ShouldNotContain("<script>alert(1)");
        page.ShouldNotContain("href=\"javascript");
    }
}
