using GuideBuilder.Targets.Pdf;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>The runs of the PDF's /PageLabels tree: roman front matter, then arabic from the introduction.</summary>
public sealed class PageLabelTreeTests
{
    [Fact]
    public void Front_matter_in_roman_then_arabic_from_one_make_two_runs()
    {
        PageLabel[] labels = [new(true, 1), new(true, 2), new(true, 3), new(true, 4), new(false, 1), new(false, 2), new(false, 3)];
        PageLabelTree.Ranges(labels).ShouldBe([new PageLabelTree.Range(0, true, 1), new PageLabelTree.Range(4, false, 1)]);
    }

    [Fact]
    public void A_gap_in_the_numbers_starts_a_new_run_at_its_number()
    {
        PageLabel[] labels = [new(true, 1), new(false, 1), new(false, 2), new(false, 7)];
        PageLabelTree.Ranges(labels).ShouldBe([new PageLabelTree.Range(0, true, 1), new PageLabelTree.Range(1, false, 1), new PageLabelTree.Range(3, false, 7)]);
    }

    [Fact]
    public void Labels_read_as_the_book_counts()
    {
        new PageLabel(true, 4).Text.ShouldBe("iv");
        new PageLabel(false, 23).Text.ShouldBe("23");
    }
}
