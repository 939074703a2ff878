using AngleSharp.Html.Parser;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Sample;

/// <summary>Guards the sample guide in guide-content/: what every new user builds first.</summary>
public sealed class SampleGuideTests
{
    private static readonly Lazy<(PreparedGuide? Prepared, IReadOnlyList<Diagnostic> Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(
            new BuildOptions { ContentDirectory = RepoPaths.SampleContent, ThemeDirectory = RepoPaths.Theme, UiStringsDirectory = RepoPaths.UiStrings },
            diagnostics,
            SilentProgress.Instance);
        return (prepared, diagnostics.Items);
    });

    private static GuideDocument Document => Loaded.Value.Prepared?.Document ?? throw new InvalidOperationException(string.Join("\n", Loaded.Value.Diagnostics));

    [Fact]
    public void Loads_with_no_diagnostic_at_all()
    {
        Loaded.Value.Diagnostics.ShouldBeEmpty(string.Join("\n", Loaded.Value.Diagnostics));
    }

    [Fact]
    public void Has_an_introduction_and_seven_modules_in_english_french_and_spanish()
    {
        Document.Editions.Select(e => e.Language).ShouldBe(["en", "fr", "es"]);
        foreach (var edition in Document.Editions)
        {
            edition.Pages[0].IsModule.ShouldBeFalse();
            edition.Pages[0].State.ShouldBeOneOf([TranslationState.Source, TranslationState.UpToDate]);
            edition.Pages.Count(p => p.IsModule).ShouldBeGreaterThanOrEqualTo(7);
        }
    }

    [Fact]
    public void Every_module_in_every_language_has_voices_exercises_resources_and_its_own_translation()
    {
        foreach (var edition in Document.Editions)
        {
            foreach (var page in edition.Pages.Where(p => p.IsModule))
            {
                var where = $"{edition.Language}/{page.Id}";
                page.ContentLanguage.ShouldBe(edition.Language, where);
                page.State.ShouldBeOneOf([TranslationState.Source, TranslationState.UpToDate], where);
                page.Voices.ShouldNotBeEmpty(where);
                page.Exercises.ShouldNotBeEmpty(where);
                page.Exercises.ShouldAllBe(e => e.Duration.Length > 0 && e.Instructions.Markup.Contains("<ol>"), where);
                page.Resources.ShouldNotBeEmpty(where);
                page.Objectives.ShouldNotBeEmpty(where);
                page.KeyMessages.ShouldNotBeEmpty(where);
                page.Body.Markup.ShouldContain("<table", customMessage: where);
                page.Body.Markup.ShouldContain("box-good-practice", customMessage: where);
                page.Body.Markup.ShouldMatch("box-(protection-gap|case-study)", where);
                page.Body.Addresses.OfType<PageAddress>().Where(a => a.PageId != page.Id).ShouldNotBeEmpty($"{where} links to no other module");
            }
        }
    }

    [Fact]
    public void Every_module_ships_a_handout_in_the_readers_language_and_lists_it_in_its_resources()
    {
        foreach (var edition in Document.Editions)
        {
            foreach (var page in edition.Pages.Where(p => p.IsModule))
            {
                var where = $"{edition.Language}/{page.Id}";
                var handouts = page.Exercises.Where(e => e.Handout is not null).Select(e => e.Handout!).ToList();
                handouts.ShouldNotBeEmpty(where);
                var inLanguage = edition.Language == Document.Settings.DefaultLanguage ? "media/handouts/" : $"{edition.Language}/media/handouts/";
                handouts.ShouldAllBe(h => h.ContentPath.StartsWith(inLanguage, StringComparison.Ordinal), where);
                page.Resources.Select(r => r.File).ShouldContain(handouts[0], where);
            }
        }
    }

    [Fact]
    public void The_textbook_tells_readers_where_to_find_each_handout_and_deck_online_and_in_the_ebox()
    {
        var prepared = Loaded.Value.Prepared!;
        var french = prepared.Document.Edition("fr");
        var html = new PrintBookBuilder(prepared.Document, prepared.Theme, prepared.Loaded.Folder).Build(french, BookLayout.Unmeasured);

        html.ShouldContain("href=\"https://example.org/social-protection-guide/fr/media/handouts/map-the-gaps.pdf\"");
        html.ShouldContain("Édition hors ligne (E-box)\u00a0: fr/media/handouts/map-the-gaps.pdf");
        html.ShouldContain("href=\"https://example.org/social-protection-guide/downloads/slides/fr/04-floors-and-coordination.pptx\"");
        File.Exists(Path.Combine(RepoPaths.SampleContent, "fr", "media", "handouts", "map-the-gaps.pdf")).ShouldBeTrue();
    }

    [Fact]
    public void Every_module_body_is_a_real_chapter_of_800_to_2000_words()
    {
        var parser = new HtmlParser();
        foreach (var edition in Document.Editions)
        {
            foreach (var page in edition.Pages.Where(p => p.IsModule))
            {
                var text = parser.ParseDocument(page.Body.Markup).Body!.TextContent;
                var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
                words.ShouldBeInRange(800, 2000, $"{edition.Language}/{page.Id} has {words} words");
            }
        }
    }

    [Fact]
    public void French_uses_french_typography()
    {
        var french = Document.Edition("fr");
        var text = string.Join(" ", french.Pages.SelectMany(p => p.SearchSections).Select(s => s.Text));
        text.ShouldNotContain(" ?");
        text.ShouldNotContain(" :");
        text.ShouldContain("\u00a0:");
    }
}
