using AngleSharp.Html.Parser;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary><c>guide agenda</c>: the planner of chosen modules as one printable file.</summary>
public sealed class AgendaCommandTests : IDisposable
{
    private readonly TempGuide _guide = PlannerGuide.Create();

    public void Dispose() => _guide.Dispose();

    private string OutFile(string name) => Path.Combine(_guide.Root, name);

    [Fact]
    public void Writes_a_stand_alone_agenda_of_the_chosen_modules_in_the_chosen_language()
    {
        var file = OutFile("agenda.html");
        var (code, output, errors) = CliRunner.Run("agenda", "--content", _guide.Content, "--modules", "2", "--days", "2", "--lang", "fr", "--out", file);
        code.ShouldBe(0, errors);
        output.ShouldContain("agenda.html");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        page.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Planificateur d’atelier");
        page.QuerySelectorAll(".planner-module-row").Select(r => r.TextContent).ShouldBe(["Module 2 Beta module"]);
        page.QuerySelectorAll(".planner-programme h2").Select(h => h.TextContent).ShouldBe(["Programme sur 2 jours"]);
        page.QuerySelector(".planner-grand-total")!.TextContent.ShouldContain("2 h 10");
        page.QuerySelectorAll("link, script, a[href], img").ShouldBeEmpty(); // nothing outside the file
        page.QuerySelector("style")!.TextContent.ShouldContain("@media print");
    }

    [Fact]
    public void Without_options_it_plans_every_module_in_the_default_language_for_one_to_three_days()
    {
        var (code, _, errors) = CliRunner.Run("agenda", "--content", _guide.Content, "--out", OutFile("all.html"));
        code.ShouldBe(0, errors);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(OutFile("all.html")));
        page.QuerySelectorAll(".planner-module-row").Length.ShouldBe(2);
        page.QuerySelectorAll(".planner-programme").Length.ShouldBe(3);
        page.QuerySelector(".planner-grand-total")!.TextContent.ShouldContain("2 h 40 min");
    }

    [Fact]
    public void A_module_the_guide_does_not_have_is_a_usage_error_and_writes_nothing()
    {
        var file = OutFile("agenda.html");
        File.WriteAllText(file, "earlier agenda");
        var (code, _, errors) = CliRunner.Run("agenda", "--content", _guide.Content, "--modules", "1,7", "--days", "0", "--out", file);
        code.ShouldBe(2);
        errors.ShouldContain("error GB092: the guide has no module 7");
        errors.ShouldContain("its modules are 1, 2");
        errors.ShouldContain("error GB092: 0 is not a number of days");
        File.ReadAllText(file).ShouldBe("earlier agenda");
    }

    [Fact]
    public void Content_errors_exit_1()
    {
        _guide.Replace("en/02-beta.md", "duration: 1 h 10", "duration: a while");
        var (code, _, errors) = CliRunner.Run("agenda", "--content", _guide.Content, "--out", OutFile("agenda.html"));
        code.ShouldBe(1);
        errors.ShouldContain("error GB090: duration 'a while' is not a duration");
        File.Exists(OutFile("agenda.html")).ShouldBeFalse();
    }

    [Fact]
    public void Help_explains_the_options()
    {
        var (code, output, _) = CliRunner.Run("agenda", "--help");
        code.ShouldBe(0);
        output.ShouldContain("--modules");
        output.ShouldContain("--days");
        output.ShouldContain("teaching-time");
        CliRunner.Run("--help").Out.ShouldContain("agenda");
    }

    [Fact]
    public void Prints_a_pdf_through_chromium()
    {
        var file = OutFile("agenda.pdf");
        var (code, _, errors) = CliRunner.Run("agenda", "--content", _guide.Content, "--lang", "es", "--days", "1", "--out", file);
        code.ShouldBe(0, errors);
        var text = ExternalTool.Run("pdftotext", file, "-").Output;
        text.ShouldContain("Planificador del taller");
        text.ShouldContain("Programa de un día");
        text.ShouldContain("1 h 10 min");
    }
}
