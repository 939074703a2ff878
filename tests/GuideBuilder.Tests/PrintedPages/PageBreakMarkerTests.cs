using System.Text;
using GuideBuilder.Targets.Epub;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>Where an XHTML document writes a page-break marker: as the first content of the element the page begins at, where a span may stand.</summary>
public sealed class PageBreakMarkerTests
{
    private static string Write(Action<XhtmlDocument> body)
    {
        using var xhtml = new XhtmlDocument("en", "T", "s.css");
        xhtml.WithPageBreaks(new Dictionary<string, IReadOnlyList<string>> { ["blk-1"] = ["4"], ["blk-2"] = ["5", "6"] });
        body(xhtml);
        var text = Encoding.UTF8.GetString(xhtml.Finish());
        return text[(text.IndexOf("<body>", StringComparison.Ordinal) + 6)..text.IndexOf("</body>", StringComparison.Ordinal)];
    }

    private static string Marker(string label) => $"<span id=\"page-{label}\" epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"{label}\"></span>";

    [Fact]
    public void A_page_that_begins_at_a_paragraph_is_marked_as_its_first_content()
    {
        Write(x => x.Start("p").Attribute("id", "blk-1").Attribute("class", "lead").Text("Text").End())
            .ShouldBe($"<p id=\"blk-1\" class=\"lead\">{Marker("4")}Text</p>");
    }

    [Fact]
    public void A_page_that_begins_at_a_table_row_is_marked_in_its_first_cell_and_two_pages_at_one_place_keep_their_order()
    {
        Write(x => x.Start("table").Start("tr").Attribute("id", "blk-2").Start("td").Attribute("class", "n").Text("1").End().End().End())
            .ShouldBe($"<table><tr id=\"blk-2\"><td class=\"n\">{Marker("5")}{Marker("6")}1</td></tr></table>");
    }

    [Fact]
    public void Each_page_is_marked_once_even_if_an_id_is_written_twice()
    {
        Write(x => x.Start("p").Attribute("id", "blk-1").End().Start("p").Attribute("id", "blk-1").End())
            .ShouldBe($"<p id=\"blk-1\">{Marker("4")}</p><p id=\"blk-1\"></p>");
    }
}
