using System.Xml.Linq;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Translations.Xliff.XliffFiles;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary><c>guide translations import</c>: what it writes, and every file it refuses, at the place of the fault, changing nothing.</summary>
public sealed class XliffImportTests : IDisposable
{
    private const string Links = "body.left-out.p2";
    private readonly TempGuide _guide = new();
    private readonly string _file;
    private readonly string _frenchBefore;

    public XliffImportTests()
    {
        _file = Path.Combine(Export(_guide, "fr", "01-alpha"), "01-alpha.fr.xlf");
        FillFile(_file, Shout);
        _frenchBefore = French;
    }

    public void Dispose() => _guide.Dispose();

    private string French => File.ReadAllText(_guide.PathOf("fr/01-alpha.md"));

    private static XElement Target(XDocument document, string unit) => Segment(Unit(document, unit)).Element(Xlf + "target")!;

    private void Refused(string code, (int Line, int Column) at, params string[] more)
    {
        var (exit, _, errors) = Import(_guide, [_file, .. more]);
        exit.ShouldBe(1, errors);
        errors.ShouldContain($"01-alpha.fr.xlf:{at.Line}:{at.Column}: error {code}:");
        errors.ShouldContain("nothing was imported");
        French.ShouldBe(_frenchBefore);
    }

    [Fact]
    public void A_translated_file_is_written_with_the_ids_paths_and_addresses_of_the_source()
    {
        var (exit, output, errors) = Import(_guide, _file);
        exit.ShouldBe(0, errors);
        output.ShouldContain("fr/01-alpha.md: updated");
        var french = French;
        french.ShouldContain("MIGRANTS FACE GAPS IN SOCIAL PROTECTION.");
        french.ShouldContain("SEE [BETA STANDARDS](02-beta.md#the-standards) AND [THE GAPS](#left-out).");
        french.ShouldContain("## WHO IS LEFT OUT? {#left-out}");
        french.ShouldContain("::: good-practice PHILIPPINES: A FUND");
        french.ShouldContain("MIGRANT WORKERS IN IRREGULAR SITUATIONS.[^1]");
        french.ShouldContain("| PENSIONS | LOW |");
        french.ShouldContain("![BAR CHART OF COVERAGE](media/figures/chart.svg)");
        french.ShouldContain("handout: media/handouts/map-gaps.pdf");
        french.ShouldContain("url: https://www.ilo.org/r202");
        french.ShouldContain("id: map-gaps");
        french.ShouldContain("I PAID INTO THE *FUND* FOR YEARS.");
        french.ShouldContain("1. FORM GROUPS.");
        StateOf(_guide, "fr", "alpha").ShouldBe("up to date");
        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
    }

    [Fact]
    public void Updating_a_translation_keeps_the_comments_of_its_front_matter_and_the_values_it_does_not_change()
    {
        Import(_guide, _file).Code.ShouldBe(0);
        var imported = French;
        var commented = imported.Replace("---\nid: alpha\n", "---\n# Relu par Marie.\nid: alpha\n", StringComparison.Ordinal)
            .Replace("summary: THE FIRST MODULE.", "summary: \"THE FIRST MODULE.\"   # à revoir", StringComparison.Ordinal);
        commented.ShouldNotBe(imported);
        File.WriteAllText(_guide.PathOf("fr/01-alpha.md"), commented);

        var document = Load(_file);
        Target(document, "title").ReplaceNodes(new XText("Le module alpha"));
        document.Save(_file, SaveOptions.DisableFormatting);
        Import(_guide, _file).Code.ShouldBe(0);
        French.ShouldBe(commented.Replace("title: ALPHA MODULE", "title: Le module alpha", StringComparison.Ordinal));
        StateOf(_guide, "fr", "alpha").ShouldBe("up to date");

        // A translation whose front matter no longer has the source's shape (another tab) is made again from the source.
        File.WriteAllText(_guide.PathOf("fr/01-alpha.md"), commented.Replace("tab: red", "tab: blue", StringComparison.Ordinal));
        Import(_guide, _file).Code.ShouldBe(0);
        French.ShouldContain("tab: red");
        French.ShouldNotContain("# Relu par Marie.");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>", 2, 1)]
    [InlineData("this is not XML", 1, 1)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff/>", 2, 1)]
    [InlineData("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n  <file id=\"alpha\"><unit id=\"title\"/></file>\n</xliff>", 2, 3)]
    public void A_file_that_is_not_xliff_2_as_exported_is_refused(string text, int line, int column)
    {
        File.WriteAllText(_file, text);
        Refused("GB083", (line, column));
    }

    [Fact]
    public void A_dropped_inline_code_is_refused_at_the_target()
    {
        var document = Load(_file);
        var link = Target(document, Links).Elements(Xlf + "pc").First();
        link.ReplaceWith(new XText(link.Value));
        Refused("GB084", Save(document, _file, d => Target(d, Links)));
    }

    [Fact]
    public void An_added_inline_code_is_refused_where_it_was_added()
    {
        var document = Load(_file);
        var footnote = Target(document, "body.left-out.p1").Element(Xlf + "ph")!;
        footnote.AddAfterSelf(new XText(" AGAIN "), new XElement(footnote));
        Refused("GB084", Save(document, _file, d => Target(d, "body.left-out.p1").Elements(Xlf + "ph").Last()));
    }

    [Fact]
    public void A_link_moved_into_another_link_is_refused_where_it_was_moved()
    {
        var document = Load(_file);
        var links = Target(document, Links).Elements(Xlf + "pc").ToList();
        links[1].Remove();
        links[0].Add(links[1]);
        Refused("GB085", Save(document, _file, d => Target(d, Links).Descendants(Xlf + "pc").Last()));
    }

    [Fact]
    public void A_unit_that_no_longer_exists_is_refused()
    {
        var document = Load(_file);
        Unit(document, "body.start.p1").SetAttributeValue("id", "body.start.p9");
        Refused("GB086", Save(document, _file, d => Unit(d, "body.start.p9")));
    }

    [Fact]
    public void An_empty_target_is_refused_unless_partial_which_keeps_the_source_in_progress()
    {
        var document = Load(_file);
        Target(document, "title").RemoveNodes();
        var at = Save(document, _file, d => Target(d, "title"));
        Refused("GB087", at);

        var (exit, output, errors) = Import(_guide, "--partial", _file);
        exit.ShouldBe(0, errors);
        output.ShouldContain("1 left to translate");
        French.ShouldContain("TRANSLATE: Alpha module");
        French.ShouldContain("MIGRANTS FACE GAPS");
        StateOf(_guide, "fr", "alpha").ShouldBe("in progress");
    }

    [Fact]
    public void One_bad_file_stops_every_file_of_the_import()
    {
        var beta = Path.Combine(Export(_guide, "fr", "02-beta"), "02-beta.fr.xlf");
        FillFile(beta, Shout);
        var document = Load(_file);
        Target(document, "title").RemoveNodes();
        Refused("GB087", Save(document, _file, d => Target(d, "title")), beta);
        File.Exists(_guide.PathOf("fr/02-beta.md")).ShouldBeFalse();
    }

    [Fact]
    public void A_unit_whose_source_changed_since_the_export_is_imported_for_review_and_the_module_stays_outdated()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.", "Migrants often face gaps in social protection.");
        var at = Save(Load(_file), _file, d => Unit(d, "body.start.p1"));
        var (exit, _, errors) = Import(_guide, _file);
        exit.ShouldBe(0, errors);
        errors.ShouldContain($"01-alpha.fr.xlf:{at.Line}:{at.Column}: warning GB088: the source of 'body.start.p1' changed since the export");
        French.ShouldContain("MIGRANTS FACE GAPS IN SOCIAL PROTECTION.");
        StateOf(_guide, "fr", "alpha").ShouldBe("outdated");
    }

    [Fact]
    public void A_link_target_edited_in_the_file_is_not_imported()
    {
        var document = Load(_file);
        var data = Unit(document, Links).Descendants(Xlf + "data").First(d => d.Value.Contains("02-beta.md"));
        data.Value = "](javascript:alert(1))";
        document.Save(_file, SaveOptions.DisableFormatting);
        Import(_guide, _file).Code.ShouldBe(0);
        French.ShouldContain("[BETA STANDARDS](02-beta.md#the-standards)");
        French.ShouldNotContain("javascript");
    }

    [Fact]
    public void Hostile_text_in_a_target_stays_text_through_import_build_and_export()
    {
        const string hostile = "<script>alert(1)</script> ]]> *not emphasis* [x](javascript:y) & &amp; | {#evil} \\ `tick` <!-- c --> ![i](x.png) [^1]";
        var document = Load(_file);
        Target(document, "body.start.p1").ReplaceNodes(new XText("1. " + hostile));
        Target(document, "title").ReplaceNodes(new XText("Title: \"quoted\" # ]]> <b>"));
        Target(document, "body.left-out.heading").ReplaceNodes(new XText("# Heading ##"));
        document.Save(_file, SaveOptions.DisableFormatting);
        var (exit, _, errors) = Import(_guide, _file);
        exit.ShouldBe(0, errors);

        var again = Load(Path.Combine(Export(_guide, "fr", "01-alpha"), "01-alpha.fr.xlf"));
        Target(again, "body.start.p1").Value.ShouldBe("1. " + hostile);
        Target(again, "body.start.p1").Elements().ShouldBeEmpty();
        Target(again, "title").Value.ShouldBe("Title: \"quoted\" # ]]> <b>");
        Target(again, "body.left-out.heading").Value.ShouldBe("# Heading ##");

        _guide.Build("site").Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var page = File.ReadAllText(Path.Combine(_guide.Output, "site", "fr", "01-alpha", "index.html"));
        page.ShouldNotContain("<script>alert(1)");
        page.ShouldNotContain("javascript:y\"");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void A_control_character_in_a_target_is_refused()
    {
        var document = Load(_file);
        Target(document, "body.start.p1").Add(new XElement(Xlf + "cp", new XAttribute("hex", "0007")));
        Refused("GB045", Save(document, _file, d => Target(d, "body.start.p1")));
    }

    [Fact]
    public void Markup_and_xml_delimiters_in_the_source_are_exported_as_text()
    {
        _guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.", "Migrants face ]]> gaps \\<b> & <i>x</i> in social protection.");
        var document = Load(Path.Combine(Export(_guide, "fr", "01-alpha"), "01-alpha.fr.xlf"));
        var source = Segment(Unit(document, "body.start.p1")).Element(Xlf + "source")!;
        source.Value.ShouldBe("Migrants face ]]> gaps <b> & x in social protection.");
        source.Elements(Xlf + "ph").Count().ShouldBe(2);
    }
}
