using System.Xml.Linq;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Glossary;

/// <summary>The TBX export a CAT tool's termbase imports, read back with System.Xml.</summary>
public sealed class TbxWriterTests
{
    private static readonly XNamespace Tbx = TbxWriter.Namespace;

    private static GlossaryFile Parse(string text, string language) =>
        GlossaryReader.Parse(text, $"{language}/glossary.yml", $"{language}/glossary.yml", language, new DiagnosticBag()).ShouldNotBeNull();

    private static XDocument Export(string french) =>
        XDocument.Parse(TbxWriter.Write("Guide – glossary en–fr", Parse(GlossaryGuide.English, "en"), Parse(french, "fr")));

    [Fact]
    public void Every_concept_is_a_concept_entry_with_a_language_section_per_language()
    {
        var tbx = Export(GlossaryGuide.French + "totalization:\n  term: totalisation\n  plural: [totalisations]\n  definition: L’addition des périodes.\n");

        var root = tbx.Root.ShouldNotBeNull();
        root.Name.ShouldBe(Tbx + "tbx");
        root.Attribute("type")!.Value.ShouldBe("TBX-Basic");
        root.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("en");
        root.Element(Tbx + "tbxHeader")!.Descendants(Tbx + "title").Single().Value.ShouldBe("Guide – glossary en–fr");
        var concepts = root.Descendants(Tbx + "conceptEntry").ToList();
        concepts.Select(c => c.Attribute("id")!.Value).ShouldBe(["social-protection", "portability", "totalization"]);

        var social = concepts[0].Elements(Tbx + "langSec").ToList();
        social.Select(l => l.Attribute(XNamespace.Xml + "lang")!.Value).ShouldBe(["en", "fr"]);
        social[1].Element(Tbx + "termSec")!.Element(Tbx + "term")!.Value.ShouldBe("protection sociale");
        // The definition is plain text: no Markdown emphasis, a link's text without its target.
        social[0].Element(Tbx + "descrip")!.Value.ShouldBe("Policies that reduce poverty and vulnerability; see beta.");
        social[0].Element(Tbx + "descrip")!.Attribute("type")!.Value.ShouldBe("definition");

        var totalization = concepts[2].Elements(Tbx + "langSec").Last().Elements(Tbx + "termSec").ToList();
        totalization.Select(t => t.Element(Tbx + "term")!.Value).ShouldBe(["totalisation", "totalisations"]);
        totalization[1].Element(Tbx + "termNote")!.Attribute("type")!.Value.ShouldBe("grammaticalNumber");
    }

    [Fact]
    public void A_missing_or_untranslated_target_entry_gives_the_source_language_section_only()
    {
        var tbx = Export(GlossaryGuide.French + "portability:\n  term: 'TRANSLATE: portability'\n  definition: Keeping acquired rights.\n");

        var concepts = tbx.Root!.Descendants(Tbx + "conceptEntry").ToDictionary(c => c.Attribute("id")!.Value);
        concepts["portability"].Elements(Tbx + "langSec").Select(l => l.Attribute(XNamespace.Xml + "lang")!.Value).ShouldBe(["en"]);
        concepts["totalization"].Elements(Tbx + "langSec").Select(l => l.Attribute(XNamespace.Xml + "lang")!.Value).ShouldBe(["en"]);
    }

    [Fact]
    public void Hostile_text_stays_text_and_the_same_glossary_gives_the_same_bytes()
    {
        var hostile = "social-protection:\n  term: \"<b>protection</b> & \\\"co\\\"\"\n  definition: \"]]> <script>alert(1)</script>\"\n";

        var text = TbxWriter.Write("t", Parse(GlossaryGuide.English, "en"), Parse(hostile, "fr"));

        var term = XDocument.Parse(text).Descendants(Tbx + "term").First(t => t.Value.StartsWith("<b>", StringComparison.Ordinal));
        term.Value.ShouldBe("<b>protection</b> & \"co\"");
        XDocument.Parse(text).Descendants(Tbx + "script").ShouldBeEmpty();
        TbxWriter.Write("t", Parse(GlossaryGuide.English, "en"), Parse(hostile, "fr")).ShouldBe(text);
    }
}
