using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Reference;

/// <summary>Figures, tables and boxes are numbered per module, each kind on its own, with the language's labels; ids go where the docs say.</summary>
public sealed class NumberingTests
{
    private static readonly UiStrings French = UiStringsLoaderForTests.Load("fr");

    private static string Render(string markdown, int? module, out IReadOnlyList<NumberedItem> items)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText(markdown, new SourceLocation("m.md", 1, 1)), diagnostics);
        items = [.. NumberedItems.Assign(parsed.Document, module).Select(i => i.Item)];
        diagnostics.Items.ShouldBeEmpty();
        return MarkdownHtml.Render(parsed, French).Markup;
    }

    private const string Body = """
        ::: good-practice Un fonds {#box-fund}
        Texte.
        :::

        {#fig-chart}

        ^^^
        ![Graphique](media/chart.svg)
        ^^^ Couverture par régime

        {#tab-schemes}

        | Régime | Couverture |
        | --- | --- |
        | Pensions | Faible |

        ::: key-point Pas numéroté
        Texte.
        :::

        ::: protection-gap
        Texte.
        :::

        ^^^
        | A | B |
        | - | - |
        | 1 | 2 |
        ^^^ Un tableau dans une figure
        """;

    [Fact]
    public void Each_kind_counts_on_its_own_within_the_module()
    {
        Render(Body, 3, out var items);
        items.Select(i => $"{i.Kind} {i.Number} {i.Id}").ShouldBe(["Box 3.1 box-fund", "Figure 3.1 fig-chart", "Table 3.1 tab-schemes", "Box 3.2 ", "Table 3.2 "]);
        items[1].Title.ShouldBe("Couverture par régime");
    }

    [Fact]
    public void Labels_come_from_the_language_and_ids_land_on_the_element()
    {
        var html = Render(Body, 3, out _);
        html.ShouldContain("<figure id=\"fig-chart\">");
        html.ShouldContain("<span class=\"figure-number\">Figure 3.1\u00a0:</span> Couverture par régime");
        html.ShouldContain("<table id=\"tab-schemes\"><caption class=\"table-number\">Tableau 3.1</caption>");
        html.ShouldContain("<span class=\"box-number\">Encadré 3.1</span> <span class=\"box-kind\">Bonne pratique</span>");
        html.ShouldContain("id=\"box-fund\"");
        html.ShouldContain("<span class=\"figure-number\">Tableau 3.2\u00a0:</span> Un tableau dans une figure");
        html.ShouldNotContain("Encadré 3.3");
    }

    [Fact]
    public void The_introduction_numbers_without_a_module()
    {
        Render(Body, null, out var items);
        items.Select(i => i.Number).ShouldBe(["1", "1", "1", "2", "2"]);
    }
}
