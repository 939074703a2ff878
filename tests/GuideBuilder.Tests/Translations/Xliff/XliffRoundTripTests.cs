using System.Xml.Linq;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Translations.Xliff.XliffFiles;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary>Export, translate as a CAT tool does, import, build: the translation is published and up to date.</summary>
public sealed class XliffRoundTripTests : IDisposable
{
    private readonly TempGuide _guide = new(RepoPaths.SampleContent);

    public void Dispose() => _guide.Dispose();

    private static List<string> Ids(string file) => [.. Units(Load(file)).Select(u => (string)u.Attribute("id")!)];

    [Fact]
    public void The_sample_goes_through_xliff_and_back_with_a_missing_module_created()
    {
        _guide.Delete("fr/03-coordination-agreements.md");
        var folder = Export(_guide, "fr");
        var files = Directory.GetFiles(folder, "*.xlf").Order(StringComparer.Ordinal).ToList();
        files.Select(Path.GetFileName).ShouldBe(Directory.GetFiles(Path.Combine(_guide.Content, "en"), "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f) + ".fr.xlf").Append("glossary.en-fr.xlf"));
        var missing = Path.Combine(folder, "03-coordination-agreements.fr.xlf");
        var idsBefore = files.ToDictionary(f => f, Ids);

        // The missing module has no target; an up-to-date one has the current translation as its targets.
        var exported = Load(missing);
        exported.Root!.Attribute("srcLang")!.Value.ShouldBe("en");
        exported.Root.Attribute("trgLang")!.Value.ShouldBe("fr");
        exported.Descendants(Xlf + "target").ShouldBeEmpty();
        Units(exported).Count().ShouldBeGreaterThan(40);
        var first = Load(Path.Combine(folder, "01-why-social-protection.fr.xlf"));
        Unit(first, "title").Descendants(Xlf + "target").Single().Value.ShouldBe("Pourquoi la protection sociale des migrants est essentielle");

        // A translator changes one up-to-date target and translates the missing module, keeping every code.
        var links = Unit(first, "body.cost-of-exclusion.p3");
        var target = Segment(links).Element(Xlf + "target")!;
        target.Nodes().OfType<XText>().First().Value = "Les modules suivants, un par un : ";
        first.Save(Path.Combine(folder, "01-why-social-protection.fr.xlf"), SaveOptions.DisableFormatting);

        // The translator also changes a term of the glossary: the glossary is exported with the modules.
        var glossary = Load(Path.Combine(folder, "glossary.en-fr.xlf"));
        Segment(Unit(glossary, "applicable-legislation.term")).Element(Xlf + "target")!.ReplaceNodes(new XText("législation nationale applicable"));
        glossary.Save(Path.Combine(folder, "glossary.en-fr.xlf"), SaveOptions.DisableFormatting);

        // ...and translates every unit that came without a target: the whole missing module, and the units
        // whose French marks other terms than the English (their codes differ, so no target is offered).
        files.ForEach(file => FillFile(file, Shout));

        var (code, output, errors) = Import(_guide, [.. files]);
        code.ShouldBe(0, errors);
        output.ShouldContain("fr/03-coordination-agreements.md: created");
        File.ReadAllText(_guide.PathOf("fr/01-why-social-protection.md")).ShouldContain("Les modules suivants, un par un : [module 2](02-international-framework.md)", Case.Sensitive);
        var created = File.ReadAllText(_guide.PathOf("fr/03-coordination-agreements.md"));
        created.ShouldContain("id: coordination-agreements");
        created.ShouldContain("tab: ");

        // Paragraphs are wrapped as the English ones are, not put on one line each.
        created.ShouldContain("TRADE UNIONS IN SRI LANKA SIGNED AGREEMENTS WITH THEIR COUNTERPARTS IN BAHRAIN, JORDAN AND KUWAIT\nSO THAT MIGRANT WORKERS", Case.Sensitive);
        var longest = File.ReadAllLines(_guide.PathOf("en/03-coordination-agreements.md")).Max(l => l.Length);
        created[created.IndexOf("\n---\n", 4, StringComparison.Ordinal)..].Split('\n').ShouldAllBe(line => line.Length <= longest);

        foreach (var module in new[] { "coordination-agreements", "why-social-protection", "partnerships" })
        {
            StateOf(_guide, "fr", module).ShouldBe("up to date");
        }

        var result = _guide.Build("site");
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var (_, json, _) = CliRunner.Run("translations", "--format", "json", "--lang", "fr", "--content", _guide.Content);
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("glossary").EnumerateArray().ShouldAllBe(g => g.GetProperty("state").GetString() == "up to date");
        File.ReadAllText(Path.Combine(_guide.Output, "site", "fr", "glossary", "index.html")).ShouldContain("législation nationale applicable");
        var page = File.ReadAllText(Path.Combine(_guide.Output, "site", "fr", "03-coordination-agreements", "index.html"));
        page.ShouldContain("<html lang=\"fr\"");
        page.ShouldNotContain("translation-notice");
        page.ShouldContain("href=\"../01-why-social-protection/");
        page.ShouldContain("href=\"../02-international-framework/");

        // Exporting again gives the same units, now with the imported text as their targets.
        var again = Export(_guide, "fr");
        foreach (var file in files)
        {
            Ids(Path.Combine(again, Path.GetFileName(file))).ShouldBe(idsBefore[file]);
        }

        var reexported = Load(Path.Combine(again, "03-coordination-agreements.fr.xlf"));
        reexported.Descendants(Xlf + "segment").ShouldAllBe(s => s.Element(Xlf + "target") != null);
        foreach (var unit in Units(reexported))
        {
            var source = Segment(unit).Element(Xlf + "source")!;
            var translated = Segment(unit).Element(Xlf + "target")!;
            translated.Value.ShouldBe(source.Value.ToUpperInvariant(), (string?)unit.Attribute("id"));
            translated.Descendants().Select(e => (string?)e.Attribute("dataRefStart") ?? (string?)e.Attribute("dataRef"))
                .ShouldBe(source.Descendants().Select(e => (string?)e.Attribute("dataRefStart") ?? (string?)e.Attribute("dataRef")));
        }
    }

    [Fact]
    public void Exporting_twice_gives_the_same_bytes()
    {
        var one = Export(_guide, "es", "01-why-social-protection");
        var bytes = File.ReadAllBytes(Path.Combine(one, "01-why-social-protection.es.xlf"));
        Directory.Delete(one, recursive: true);
        var two = Export(_guide, "es", "01-why-social-protection");
        File.ReadAllBytes(Path.Combine(two, "01-why-social-protection.es.xlf")).ShouldBe(bytes);
    }

    [Fact]
    public void Inline_markdown_becomes_protected_codes_and_a_link_target_stays_out_of_the_text()
    {
        var document = Load(Path.Combine(Export(_guide, "fr", "01-why-social-protection"), "01-why-social-protection.fr.xlf"));
        var unit = Unit(document, "body.cost-of-exclusion.p3");
        var source = Segment(unit).Element(Xlf + "source")!;
        var link = source.Elements(Xlf + "pc").First();
        link.Attribute("type")!.Value.ShouldBe("link");
        link.Value.ShouldBe("module 2");
        source.Value.ShouldNotContain("02-international-framework.md");
        var data = unit.Element(Xlf + "originalData")!.Elements(Xlf + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        data[(string)link.Attribute("dataRefStart")!].ShouldBe("[");
        data[(string)link.Attribute("dataRefEnd")!].ShouldBe("](02-international-framework.md)");
        unit.Element(Xlf + "notes")!.Elements().Select(n => (string)n.Attribute("category")!).ShouldBe(["module", "field", "section", "block"]);

        var bold = Segment(Unit(document, "body.territoriality-nationality.p1")).Element(Xlf + "source")!.Elements(Xlf + "pc").First(pc => (string?)pc.Attribute("type") == "fmt");
        bold.Attribute("subType")!.Value.ShouldBe("xlf:b");
        var indexMarks = document.Descendants(Xlf + "pc").Where(pc => (string?)pc.Attribute("subType") == "gb:index").ToList();
        indexMarks.ShouldNotBeEmpty();
        indexMarks.ShouldAllBe(pc => pc.Value.Length > 0 && !pc.Value.Contains('{')); // the entry is text to translate, its braces are codes
        var alt = Segment(Unit(document, "body.right-to-social-security.figure1.p1")).Element(Xlf + "source")!.Elements(Xlf + "pc").Single();
        alt.Attribute("type")!.Value.ShouldBe("image");
        alt.Value.ShouldStartWith("Bar chart: 27 per cent");
        alt.Parent!.FirstNode.ShouldBe(alt); // no indentation slipped into the content
        Unit(document, "body.right-to-social-security.figure1.p1").Descendants(Xlf + "note").Last().Value.ShouldBe("alt text of an image");
        Unit(document, "body.why-gaps.table1.r2.c1").Value.ShouldContain("Status");
        Unit(document, "body.why-gaps.box1.title").Value.ShouldContain("Outside the agreements");
        Unit(document, "exercises.map-the-gaps.instructions.start.list1.item2.p1").Value.ShouldContain("Draw a time line");
        Unit(document, "voices.1.quote.start.p1").Value.ShouldContain("I have cooked");
        Unit(document, "resources.2.description").Value.ShouldContain("Basic social security guarantees");
    }
}
