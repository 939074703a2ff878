using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Tests.Reference;

/// <summary>Index marks <c>{^ ...}</c>: read as marks, invisible in the text, apart from links and attributes.</summary>
public sealed class IndexMarkSyntaxTests
{
    private static (ParsedMarkdown Parsed, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(new LocatedText(markdown, new SourceLocation("m.md", 10, 1)), diagnostics);
        return (parsed, diagnostics.Items);
    }

    [Fact]
    public void A_mark_with_sub_entry_see_also_and_sort_key_is_read_part_by_part()
    {
        var (parsed, diagnostics) = Parse("Pensions {^ Émigration > of pensions | see also: Portability | sort: Emigration} travel.\n");
        diagnostics.ShouldBeEmpty();
        var mark = parsed.Document.Descendants<IndexMarkInline>().Single();
        mark.Term.ShouldBe("Émigration");
        mark.SubEntry.ShouldBe("of pensions");
        mark.SeeAlso.ShouldBe("Portability");
        mark.SortKey.ShouldBe("Emigration");
        mark.See.ShouldBeNull();
        mark.MarksPlace.ShouldBeTrue();
        Parse("{^ Totalization | see: Aggregation}").Parsed.Document.Descendants<IndexMarkInline>().Single().MarksPlace.ShouldBeFalse();
    }

    [Fact]
    public void A_mark_shows_nothing_and_leaves_links_and_heading_ids_alone()
    {
        var (parsed, diagnostics) = Parse("## Portability {#portable}\n\nBenefits{^ Portability} follow [the worker](#portable) {.lead}\n");
        diagnostics.ShouldBeEmpty();
        parsed.Headings.Single().Id.ShouldBe("portable");
        parsed.Document.Descendants<LinkInline>().Single().Url.ShouldBe("#portable");
        var html = MarkdownHtml.Render(parsed, new UiStrings("en", new Dictionary<string, string>())).Markup;
        html.ShouldNotContain("{^");
        html.ShouldNotContain("Portability}");
        html.ShouldContain("Benefits follow");
    }

    [Fact]
    public void Braces_without_a_caret_and_an_unclosed_mark_stay_text()
    {
        var (parsed, _) = Parse("Set {x} and {^ never closed\n");
        parsed.Document.Descendants<IndexMarkInline>().ShouldBeEmpty();
        InlineText.Of(parsed.Document).ShouldContain("{^ never closed");
    }

    [Theory]
    [InlineData("Text {^ | sort: A}.", "no term")]
    [InlineData("Text {^ A > B > C}.", "at most one sub-entry")]
    [InlineData("Text {^ A | sea: B}.", "'sea' is not a part")]
    [InlineData("Text {^ A | see:}.", "'see:' in the index mark has no text")]
    public void A_mark_that_cannot_be_read_is_a_located_error(string markdown, string message)
    {
        var (_, diagnostics) = Parse(markdown);
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.IndexMarkInvalid);
        error.Message.ShouldContain(message);
        error.Location.Line.ShouldBe(10);
        error.Location.Column.ShouldBe(6);
    }
}
