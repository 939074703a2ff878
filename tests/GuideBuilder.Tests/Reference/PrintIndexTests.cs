using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Targets.Pdf;

namespace GuideBuilder.Tests.Reference;

/// <summary>The printed index's page numbers: each page once, in order, consecutive pages merged into a range, every place still linked.</summary>
public sealed class PrintIndexTests
{
    private static IndexLocator At(string anchor) => new(new PageAddress("m", anchor), "");

    [Fact]
    public void Consecutive_pages_merge_into_a_range_and_repeats_on_one_page_show_once()
    {
        var labels = new Dictionary<string, string>
        {
            ["p-m--ix-1"] = "44",
            ["p-m--ix-2"] = "42",
            ["p-m--ix-3"] = "43",
            ["p-m--ix-4"] = "43",
            ["p-m--ix-5"] = "50",
            ["p-m--ix-6"] = "7",
        };
        var layout = new BookLayout(new HashSet<string>(), labels);
        var pages = PrintIndex.Pages([At("ix-1"), At("ix-2"), At("ix-3"), At("ix-4"), At("ix-5"), At("ix-6")], layout);
        pages.Select(p => p.Text).ShouldBe(["7", "42\u201344", "50"]);
        pages[1].Anchor.ShouldBe("p-m--ix-2");
        pages.SelectMany(p => p.AlsoAnchors.Prepend(p.Anchor)).Order().ShouldBe(labels.Keys.Order());
    }

    [Fact]
    public void Before_measuring_every_place_has_a_linked_stand_in()
    {
        var pages = PrintIndex.Pages([At("ix-1"), At("ix-2")], BookLayout.Unmeasured);
        pages.Select(p => (p.Text, p.Anchor)).ShouldBe([("000", "p-m--ix-1"), ("000", "p-m--ix-2")]);
    }

    [Fact]
    public void A_see_entry_has_no_pages() => PrintIndex.Pages([], BookLayout.Unmeasured).ShouldBeEmpty();
}
