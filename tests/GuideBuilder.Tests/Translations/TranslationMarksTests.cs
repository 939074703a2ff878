using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Tests.Translations;

public sealed class TranslationMarksTests
{
    public static TheoryData<string> SampleModules()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleContent, "en"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleModules))]
    public void A_marked_body_keeps_the_block_structure_of_its_source_and_marks_every_text(string file)
    {
        var body = BodyOf(File.ReadAllText(Path.Combine(RepoPaths.SampleContent, "en", file)));
        var marked = TranslationMarks.Insert(body);

        Structure(marked).ShouldBe(Structure(body));
        var texts = TextBlocks(marked).ToList();
        texts.ShouldNotBeEmpty();
        texts.ShouldAllBe(text => text.StartsWith(TranslationStatusCalculator.Marker, StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_steps_stay_a_numbered_list()
    {
        var marked = TranslationMarks.Insert("1. In groups, map the schemes.\n2. Report back.\n");
        marked.ShouldBe("1. TRANSLATE: In groups, map the schemes.\n2. TRANSLATE: Report back.\n");
    }

    [Fact]
    public void Captions_box_titles_table_cells_alt_text_and_footnotes_are_marked()
    {
        var source = "::: good-practice Philippines: a fund\nWelfare funds help.\n:::\n\n^^^\n![Bar chart](media/figures/chart.svg)\n^^^ Coverage by scheme\n\n| Scheme | Coverage |\n| --- | --- |\n| Pensions | Low |\n\nText.[^1]\n\n[^1]: A footnote.\n";
        var marked = TranslationMarks.Insert(source);
        marked.ShouldContain("::: good-practice TRANSLATE: Philippines: a fund\nTRANSLATE: Welfare funds help.");
        marked.ShouldContain("![TRANSLATE: Bar chart](media/figures/chart.svg)");
        marked.ShouldContain("^^^ TRANSLATE: Coverage by scheme");
        marked.ShouldContain("| TRANSLATE: Pensions | TRANSLATE: Low |");
        marked.ShouldContain("[^1]: TRANSLATE: A footnote.");
    }

    [Fact]
    public void A_new_translation_marks_markdown_in_front_matter_without_breaking_it()
    {
        using var guide = new TempGuide();
        CliRunner.Run("translations", "new", "es", "01-alpha", "--content", guide.Content).Code.ShouldBe(0);
        var text = File.ReadAllText(guide.PathOf("es/01-alpha.md"));
        text.ShouldContain("1. TRANSLATE: Form groups.");
        text.ShouldContain("2. TRANSLATE: Draw the map.");
        text.ShouldContain("duration: 30 min");
        text.ShouldContain("| TRANSLATE: Scheme | TRANSLATE: Coverage |");
        text.ShouldContain("## TRANSLATE: Who is left out? {#left-out}");

        var diagnostics = new DiagnosticBag();
        var loaded = GuideLoader.Load(new ContentFolder(guide.Content), RepoPaths.UiStrings, diagnostics);
        diagnostics.Items.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        var status = TranslationStatusCalculator.Calculate(loaded!, RepoPaths.UiStrings).Modules.Single(m => m.Language == "es" && m.ModuleId == "alpha");
        status.State.ShouldBe(Model.TranslationState.InProgress);
        status.UntranslatedMarkers.ShouldBeGreaterThan(15);
    }

    private static string BodyOf(string file) => FrontMatter.Split(file.ReplaceLineEndings("\n"), "x.md", new DiagnosticBag())!.Body;

    /// <summary>The tree of block types, with one line per block: what a marker must never change.</summary>
    private static string Structure(string markdown) =>
        string.Join('\n', Markdig.Markdown.Parse(markdown, GuideMarkdownPipeline.Instance).Descendants<Block>()
            .Select(b => $"{Depth(b)} {b.GetType().Name} {(b as ListBlock)?.BulletType}"));

    private static int Depth(Block block) => block.Parent is null ? 0 : 1 + Depth(block.Parent);

    private static IEnumerable<string> TextBlocks(string markdown) =>
        Markdig.Markdown.Parse(markdown, GuideMarkdownPipeline.Instance).Descendants<LeafBlock>()
            .Where(b => b.Inline is { } inline && inline.Any(i => i is not LinkInline { IsImage: true }))
            .Select(b => InlineText.Of(b.Inline));
}
