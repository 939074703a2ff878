using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Reference;

/// <summary>[](ref:id) on the web: a link with the generated label, or the author's text; unknown and duplicate ids are located errors.</summary>
public sealed class CrossReferenceTests
{
    [Fact]
    public void A_reference_links_to_the_item_with_its_number_or_keeps_the_authors_text()
    {
        using var guide = IndexedGuide.Create();
        var result = guide.Build("site");
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var beta = File.ReadAllText(Path.Combine(guide.Output, "site/en/02-beta/index.html"));
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/#fig-chart\">Figure 1.1</a>");
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/#fig-chart\">the chart</a>");
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/#box-fund\">Box 1.1</a>");
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/\">Module 1</a>");
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/#left-out\">“Who is left out?”</a>");
        beta.ShouldContain("<a class=\"xref\" href=\"../01-alpha/#exercise-map-gaps\">Exercise 1.1</a>");
        beta.ShouldNotContain(", p.");

        // French shows the English beta module as a fallback; a French module still finds the section in it.
        var alphaFr = File.ReadAllText(Path.Combine(guide.Output, "site/fr/01-alpha/index.html"));
        alphaFr.ShouldContain("<a class=\"xref\" href=\"../02-beta/#the-standards\">«\u00a0The standards\u00a0»</a>");
        File.ReadAllText(Path.Combine(guide.Output, "site/fr/02-beta/index.html")).ShouldContain("href=\"../01-alpha/#fig-chart\">Figure 1.1</a>");
    }

    [Fact]
    public void An_unknown_id_is_an_error_at_the_reference_with_a_suggestion()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "^^^\n![Bar chart", "{#fig-chart}\n\n^^^\n![Bar chart")
            .Replace("fr/01-alpha.md", "^^^\n![Graphique", "{#fig-chart}\n\n^^^\n![Graphique")
            .Replace("en/02-beta.md", "Standards matter.", "Standards matter.\nSee [](ref:fig-chrt).");
        var error = guide.Check().Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        error.Location.Path.ShouldEndWith("en/02-beta.md");
        (error.Location.Line, error.Location.Column).ShouldBe((13, 5));
        error.Hint.ShouldBe("did you mean 'fig-chart'?");
    }

    [Fact]
    public void Two_items_with_one_id_are_an_error_where_the_id_is_written()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "^^^\n![Bar chart", "{#fig-chart}\n\n^^^\n![Bar chart")
            .Replace("en/02-beta.md", "Standards matter.", "Standards matter.\n\n::: good-practice Twice {#fig-chart}\nText.\n:::\n");
        var errors = guide.Check().Where(d => d.Code == DiagnosticCodes.DuplicateReferenceId).ToList();
        errors.Count.ShouldBe(2, string.Join("\n", errors));
        errors.ShouldContain(e => e.Location.Path.EndsWith("en/02-beta.md", StringComparison.Ordinal) && e.Location.Line == 14 && e.Message.Contains("figure 1.1 in en/01-alpha.md"));
        errors.ShouldContain(e => e.Location.Path.EndsWith("en/01-alpha.md", StringComparison.Ordinal) && e.Message.Contains("box 2.1 in en/02-beta.md"));
    }

    [Fact]
    public void A_section_id_that_two_modules_share_is_ambiguous_from_a_third()
    {
        using var guide = new TempGuide();
        guide.Replace("en/02-beta.md", "## The standards", "## Who is left out? {#left-out}\n\n## The standards")
            .Replace("en/00-intro.md", "Read [the first module]", "See [](ref:left-out). Read [the first module]");
        var error = guide.Check().Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.AmbiguousReference);
        error.Location.Path.ShouldEndWith("en/00-intro.md");
    }

    [Fact]
    public void A_translation_that_drops_the_id_of_a_figure_is_an_error_since_fallback_modules_link_to_it()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "^^^\n![Bar chart", "{#fig-chart}\n\n^^^\n![Bar chart")
            .Replace("en/02-beta.md", "Standards matter.", "Standards matter. See [](ref:fig-chart).");
        var error = guide.Check().Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        error.Location.Path.ShouldEndWith("fr/01-alpha.md");
        error.Message.ShouldContain("'fig-chart' of en/01-alpha.md");
    }
}
