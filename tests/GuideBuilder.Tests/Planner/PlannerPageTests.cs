using AngleSharp.Html.Parser;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>The workshop planner page of the trainer edition's site and E-box.</summary>
public sealed class PlannerPageTests : IClassFixture<PlannerPageTests.BuiltTrainerMini>
{
    private readonly BuiltTrainerMini _built;

    public PlannerPageTests(BuiltTrainerMini built) => _built = built;

    private string Read(string relative) => File.ReadAllText(Path.Combine(_built.Guide.Output, relative));

    [Fact]
    public void Site_planner_page_matches_the_approved_snapshot() => Approvals.Verify("site-en-workshop-planner.html", Read("site/en/workshop-planner.html"));

    [Fact]
    public void Every_page_of_the_trainer_edition_links_to_the_planner_of_its_language()
    {
        var module = new HtmlParser().ParseDocument(Read("ebox/fr/01-alpha/index.html"));
        module.QuerySelector(".guide-nav-planner a")!.GetAttribute("href").ShouldBe("../workshop-planner.html");
        var planner = new HtmlParser().ParseDocument(Read("ebox/fr/workshop-planner.html"));
        planner.QuerySelector(".guide-nav-planner a")!.GetAttribute("aria-current").ShouldBe("page");
        planner.QuerySelector("h1")!.TextContent.ShouldBe("Planificateur d’atelier");
        planner.QuerySelector(".language-switcher a[hreflang=es]")!.GetAttribute("href").ShouldBe("../es/workshop-planner.html");
    }

    [Fact]
    public void The_planner_lists_every_exercise_with_its_duration_materials_and_handout_and_links_that_resolve()
    {
        var file = Path.Combine(_built.Guide.Output, "ebox", "en", "workshop-planner.html");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        var rows = page.QuerySelectorAll(".planner-table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldContain("1.1 Map the gaps | Group work | 30 min | Flip chart | map-gaps.pdf");
        rows.ShouldContain("2.1 Check the standards | Discussion | 1 h 10 min | Copies of the standards | ");
        rows.ShouldContain("Total: Module 2 | 2 h 10 min | ");
        page.QuerySelector(".planner-grand-total")!.TextContent.ShouldContain("2 h 40 min");
        page.QuerySelectorAll(".planner-programme h2").Select(h => h.TextContent).ShouldBe(["One-day programme", "2-day programme", "3-day programme"]);
        foreach (var link in page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
        {
            File.Exists(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(link.Split('#')[0]))).ShouldBeTrue(link);
        }
    }

    [Fact]
    public void The_planner_has_print_rules()
    {
        var css = Read("site/assets/planner.css");
        css.ShouldContain("@media print");
        css.ShouldContain("break-before: page");
        Read("site/en/workshop-planner.html").ShouldContain("assets/planner.css");
    }

    public sealed class BuiltTrainerMini : IDisposable
    {
        public BuiltTrainerMini()
        {
            Guide = PlannerGuide.Create();
            var result = new GuideBuild(SilentProgress.Instance).Run(Guide.Options("site", "ebox") with { TrainerEdition = true });
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
