using GuideBuilder.Targets.Pdf;
using GuideBuilder.Targets.PrintedPages;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>From the measured pages of the print HTML to where each numbered page begins.</summary>
public sealed class PrintedPageMapTests
{
    private static BookPage Page(bool roman, int number, bool blank = false) =>
        new(null, null, null, null) { Label = new PageLabel(roman, number), Blank = blank };

    [Fact]
    public void Each_numbered_page_begins_at_the_first_block_measured_on_it()
    {
        var alpha = TestPages.Module("<p>One</p>\n<p>Two</p>\n<p>Three</p>\n<p>Four</p>");
        var anchors = new Dictionary<string, int>
        {
            ["p-alpha"] = 3,
            ["p-alpha--objectives"] = 4,
            ["p-alpha--objective-1"] = 4,
            ["p-alpha--objective-2"] = 4,
            ["p-alpha--blk-1"] = 4,
            ["p-alpha--blk-2"] = 5,
            ["p-alpha--blk-3"] = 5,
            // blk-4 runs from page 5 over page 6 (a long paragraph): page 6 begins with it.
            ["p-alpha--blk-4"] = 5,
            ["p-alpha--key-messages"] = 7,
            ["p-alpha--key-message-1"] = 7,
            ["p-alpha--resources"] = 7,
            ["p-alpha--resource-1"] = 9,
        };
        BookPage[] plan = [Page(true, 1), Page(true, 2), Page(false, 1), Page(false, 2), Page(false, 3), Page(false, 4), Page(false, 5), Page(false, 6, blank: true), Page(false, 7)];

        var map = PrintedPageMap.Measure("book.pdf", [alpha], anchors, plan);

        map.Source.ShouldBe("book.pdf");
        map.Starts.ShouldBe(
        [
            new PrintedPageStart("1", "alpha", ""),
            new PrintedPageStart("2", "alpha", "objectives"),
            new PrintedPageStart("3", "alpha", "blk-2"),
            new PrintedPageStart("4", "alpha", "blk-4"),
            new PrintedPageStart("5", "alpha", "key-messages"),
            new PrintedPageStart("7", "alpha", "resource-1"),
        ]);
    }
}
