using GuideBuilder.Translations.Xliff;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary>How Markdown becomes units and inline codes, and how translations pair with them.</summary>
public sealed class XliffUnitTests
{
    private const string Body = """
        Opening words.

        ## First {#first}

        One.

        - Item *a*
        - Item b

        ## Second

        Two with [a link](02-x.md).

        | A | B |
        | --- | --- |
        | c | d |
        """;

    private static IReadOnlyList<XliffUnit> Units(string markdown) => MarkdownUnits.Of(markdown, ["body"], "body");

    [Fact]
    public void Unit_ids_come_from_the_structure_and_survive_changes_elsewhere()
    {
        var before = Units(Body);
        before.Select(u => u.Id).ShouldBe([
            "body.start.p1", "body.first.heading", "body.first.p1", "body.first.list1.item1.p1", "body.first.list1.item2.p1",
            "body.s2.heading", "body.s2.p1", "body.s2.table1.r1.c1", "body.s2.table1.r1.c2", "body.s2.table1.r2.c1", "body.s2.table1.r2.c2"]);

        var after = Units(Body.Replace("One.", "New paragraph.\n\nOne.", StringComparison.Ordinal).Replace("Opening words.", "Other opening words, longer.", StringComparison.Ordinal));
        after.Where(u => u.Group == "body.s2").Select(u => (u.Id, u.Key)).ShouldBe(before.Where(u => u.Group == "body.s2").Select(u => (u.Id, u.Key)));
        after.Single(u => u.Id == "body.start.p1").Key.ShouldBe("Other opening words, longer.");
    }

    [Fact]
    public void A_term_mark_keeps_its_text_translatable_and_a_cross_reference_is_protected_whole()
    {
        var unit = Units("See [the floor](term:social-protection-floor) and [](ref:fig-1).").Single();
        unit.Content[1].ShouldBeOfType<XliffPaired>().Children.ShouldBe([new XliffText("the floor")]);
        unit.Codes[0].ShouldBe(new XliffCode("1", true, "[", "](term:social-protection-floor)", "link", null, true));
        unit.Content[3].ShouldBeOfType<XliffPlaceholder>();
        unit.Codes[1].Start.ShouldBe("[](ref:fig-1)");
        MarkdownText.Render(unit.Content, unit.Codes, markdown: true).ShouldBe("See [the floor](term:social-protection-floor) and [](ref:fig-1).");
    }

    [Fact]
    public void An_inline_node_it_does_not_know_is_a_placeholder_holding_its_markdown()
    {
        const string source = "word{^index term} more";
        var container = new ContainerInline();
        container.AppendChild(new LiteralInline("word") { Span = new SourceSpan(0, 3) });
        container.AppendChild(new UnknownMark { Span = new SourceSpan(4, 16) });
        container.AppendChild(new LiteralInline(" more") { Span = new SourceSpan(17, 21) });

        var (content, codes) = InlineCodes.Of(container, source);
        content.ShouldBe([new XliffText("word"), new XliffPlaceholder("1"), new XliffText(" more")]);
        codes.Single().Start.ShouldBe("{^index term}");
        MarkdownText.Render(content, codes, markdown: true).ShouldBe(source);
    }

    [Fact]
    public void Reference_links_keep_their_reference_when_their_text_is_translated()
    {
        var unit = Units("A [short] and [full text][r].\n\n[short]: https://s.org\n[r]: https://r.org").Single();
        unit.Codes.Select(c => (c.Start, c.End)).ShouldBe([("[", "][short]"), ("[", "][r]")]);
    }

    [Fact]
    public void A_translation_is_paired_only_where_its_structure_matches_the_source()
    {
        var source = Units(Body);
        var translation = Units(Body
            .Replace("One.", "Un.\n\nDeux.", StringComparison.Ordinal)
            .Replace("Two with [a link](02-x.md).", "Deux avec [un lien](03-y.md).", StringComparison.Ordinal)
            .Replace("| c | d |", "| cé | dé |", StringComparison.Ordinal));
        var targets = TargetPairing.Pair(source, translation);

        targets.Keys.ShouldNotContain("body.first.p1"); // the section has another paragraph: not guessed
        targets.Keys.ShouldNotContain("body.first.list1.item1.p1");
        targets.Keys.ShouldNotContain("body.s2.p1"); // the link goes elsewhere
        targets["body.s2.table1.r2.c1"].ShouldBe([new XliffText("cé")]);
        targets["body.start.p1"].ShouldBe([new XliffText("Opening words.")]);
    }

    [Theory]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("- not a list either", "\\- not a list either")]
    [InlineData("*a* [b](c) <d> & e | f {#g}", "\\*a\\* \\[b\\](c) \\<d\\> \\& e \\| f \\{\\#g\\}")]
    [InlineData("it's \"quoted\" -- fine", "it's \"quoted\" -- fine")]
    public void Text_typed_in_a_cat_tool_is_escaped_so_it_stays_text(string typed, string markdown) =>
        MarkdownText.Render([new XliffText(typed)], [], markdown: true).ShouldBe(markdown);

    [Fact]
    public void A_wrapped_translation_breaks_only_between_words_and_never_before_what_would_start_a_block()
    {
        MarkdownText.Render([new XliffText("aaaa bbbb - cc 12. dddd eeee")], [], new LineWrap(10, 0, "  "))
            .ShouldBe("aaaa bbbb -\n  cc 12.\n  dddd\n  eeee");

        XliffCode link = new("1", true, "[", "](a.md \"a title\")", "link", null, true);
        MarkdownText.Render([new XliffText("see "), new XliffPaired("1", [new XliffText("the link")]), new XliffText(" now")], [link], new LineWrap(12, 3, "   "))
            .ShouldBe("see [the\n   link](a.md \"a title\")\n   now");
    }

    [Fact]
    public void The_wrapping_of_a_source_block_is_its_longest_line_its_first_column_and_the_start_of_its_other_lines()
    {
        const string text = "- First line of an item\n  and its second line.\n";
        LineWrap.Of(text, 2, text.Length - 3).ShouldBe(new LineWrap(23, 2, "  "));
        LineWrap.Of("> quoted line\n> more", 2, 18).ShouldBe(new LineWrap(13, 2, "> "));
        LineWrap.Of("One line.", 0, 9).ShouldBeNull();
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_written_as_cp_and_read_back()
    {
        const string hostile = "a\u0001b\uFFFEc ]]> <d> &amp; \r";
        var unit = new XliffUnit("title", "title", ["title"], null, "title", false, [new XliffText(hostile)], [], 0, 1);
        var bytes = XliffWriter.Write(new XliffModule("m", "en", "fr", "en/m.md", "fr/m.md", "sha256:0", [unit], new Dictionary<string, IReadOnlyList<XliffPart>>()));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        text.ShouldContain("<cp hex=\"0001\" />");
        text.ShouldContain("<cp hex=\"FFFE\" />");

        var diagnostics = new GuideBuilder.Diagnostics.DiagnosticBag();
        var read = new XliffReader("m.xlf", diagnostics).Read(new MemoryStream(bytes))!;
        diagnostics.Items.ShouldBeEmpty();
        read.Single().Units.Single().Source.ShouldBe([new XliffText(hostile.TrimEnd())]);
    }

    private sealed class UnknownMark : LeafInline;
}
