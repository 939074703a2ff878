using GuideBuilder.Targets.PrintedPages;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>The block ids that the print HTML and the EPUB share, so that a printed page can be found in the EPUB.</summary>
public sealed class BlockIdsTests
{
    [Fact]
    public void Blocks_get_ids_in_reading_order_and_headings_keep_theirs()
    {
        var marked = BlockIds.Mark(TestPages.Module("<h2 id=\"context\">Context</h2>\n<p>One</p>\n<pre><code>&lt;p&gt;</code></pre>\n<ul>\n<li>Two</li>\n</ul>\n<table>\n<tr><td>x</td></tr>\n</table>", "<p class=\"lead\">Do it</p>"));
        marked.Page.Body.Markup.ShouldBe("<h2 id=\"context\">Context</h2>\n<p id=\"blk-1\">One</p>\n<pre id=\"blk-2\"><code>&lt;p&gt;</code></pre>\n<ul>\n<li id=\"blk-3\">Two</li>\n</ul>\n<table>\n<tr id=\"blk-4\"><td>x</td></tr>\n</table>");
        marked.Page.Exercises[0].Instructions.Markup.ShouldBe("<p id=\"blk-5\" class=\"lead\">Do it</p>");
        marked.Blocks.ShouldBe(["objectives", "objective-1", "objective-2", "context", "blk-1", "blk-2", "blk-3", "blk-4", "exercises", "exercise-ex", "blk-5", "key-messages", "key-message-1", "resources", "resource-1"]);
    }

    [Fact]
    public void The_footnotes_are_one_block()
    {
        var marked = BlockIds.Mark(TestPages.Module("<p>Text</p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>Note</p>\n</li>\n</ol>\n</div>"));
        marked.Page.Body.Markup.ShouldBe("<p id=\"blk-1\">Text</p>\n<div id=\"blk-2\" class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>Note</p>\n</li>\n</ol>\n</div>");
        marked.Blocks.ShouldNotContain("fn:1");
    }

    [Fact]
    public void An_id_the_author_already_used_is_not_given_twice()
    {
        var marked = BlockIds.Mark(TestPages.Module("<p>One</p>\n<h2 id=\"blk-1\">Taken</h2>"));
        marked.Page.Body.Markup.ShouldBe("<p id=\"blk-2\">One</p>\n<h2 id=\"blk-1\">Taken</h2>");
    }
}
