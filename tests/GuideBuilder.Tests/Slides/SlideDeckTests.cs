using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Targets.Slides;
using GuideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace GuideBuilder.Tests.Slides;

/// <summary>The trainers' slide decks: what they show, that PowerPoint's schema accepts them, and where the build puts them.</summary>
public sealed class SlideDeckTests
{
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static GuideDocument Load(TempGuide guide)
    {
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(guide.Options(), diagnostics, SilentProgress.Instance);
        return prepared?.Document ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    private static (GuideEdition Edition, GuidePage Page) Alpha(GuideDocument document, string language = "en")
    {
        var edition = document.Edition(language);
        return (edition, edition.Find("alpha")!);
    }

    private static List<string> SlideTexts(byte[] pptx)
    {
        using var document = PresentationDocument.Open(new MemoryStream(pptx), false);
        var presentation = document.PresentationPart!;
        return [.. presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!))
            .Select(part => string.Join(" | ", part.Slide.Descendants<A.Text>().Select(t => t.Text)))];
    }

    [Fact]
    public void A_deck_follows_the_module_page_from_cover_to_resources()
    {
        using var guide = new TempGuide();
        var (edition, page) = Alpha(Load(guide));
        var deck = SlideDeckPlanner.Plan(edition, page);

        deck.Slides.Select(s => s.Title).ShouldBe(
            ["Alpha module", "Voices", "Learning objectives", "Contents", "Map the gaps", "Key messages", "Key resources"],
            string.Join(", ", deck.Slides.Select(s => s.Title)));
        deck.Slides[0].Kind.ShouldBe(SlideKind.Cover);
        deck.Slides[0].Items.ShouldBe(["The first module."]);
        var exercise = deck.Slides.Single(s => s.Title == "Map the gaps");
        exercise.Kicker.ShouldBe("Exercise 1.1 · Group work · 30 min");
        exercise.Items.ShouldBe(["Form groups.", "Draw the map."]);
        exercise.Numbered.ShouldBeTrue();
        exercise.Foot.ShouldBe("Materials: Flip chart");
        string.Join(" ", deck.Slides.SelectMany(s => s.Items)).ShouldNotContain("Secret trainer note");
    }

    [Fact]
    public void Long_instructions_run_over_slides_and_keep_counting()
    {
        using var guide = new TempGuide();
        var steps = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"      {i}. Step number {i}."));
        guide.Replace("en/01-alpha.md", "      1. Form groups.\n      2. Draw the map.", steps);
        var (edition, page) = Alpha(Load(guide));

        var slides = SlideDeckPlanner.Plan(edition, page).Slides.Where(s => s.Title.StartsWith("Map the gaps", StringComparison.Ordinal)).ToList();

        slides.Select(s => s.Title).ShouldBe(["Map the gaps (1/2)", "Map the gaps (2/2)"]);
        slides.Select(s => s.FirstNumber).ShouldBe([1, 7]);
        slides.Sum(s => s.Items.Count).ShouldBe(9);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_pptx_is_valid_open_xml_with_one_slide_per_planned_slide_and_a_title_on_each(string language)
    {
        using var guide = new TempGuide();
        var (edition, page) = Alpha(Load(guide), language);
        var deck = SlideDeckPlanner.Plan(edition, page);
        var bytes = PptxDeckWriter.Write(deck, Timestamp);

        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var slides = document.PresentationPart!.SlideParts.ToList();
        slides.Count.ShouldBe(deck.Slides.Count);
        foreach (var slide in slides)
        {
            slide.Slide.Descendants<P.PlaceholderShape>().Count(p => p.Type?.Value == P.PlaceholderValues.Title).ShouldBe(1);
            slide.Slide.Descendants<A.RunProperties>().ShouldAllBe(r => r.Language == language);
        }

        document.PackageProperties.Language.ShouldBe(language);
        document.PackageProperties.Title.ShouldBe($"{page.Title} – {edition.Title}");
    }

    [Theory]
    [InlineData("beta", "#e56a1c")] // ink reads on it, white does not
    [InlineData("delta", "#3a8d3f")] // neither white nor ink reads on it
    public void Text_in_the_module_colour_reaches_4_5_to_1_on_what_it_sits_on_and_the_band_keeps_the_brand(string module, string brand)
    {
        using var guide = PalettedGuide.Create(PalettedGuide.Brand);
        var edition = Load(guide).Edition("en");
        var bytes = PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, edition.Find(module)!), Timestamp);

        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        var slides = document.PresentationPart!.SlideParts.Select(part => part.Slide).ToList();
        var low = new List<string>();
        foreach (var slide in slides)
        {
            // The cover's background is the module colour; every other slide is white under a thin band of it.
            var background = slide == slides[0] ? slide.CommonSlideData!.Background!.BackgroundProperties!.GetFirstChild<A.SolidFill>()!.RgbColorModelHex!.Val!.Value! : "FFFFFF";
            foreach (var colour in slide.Descendants<A.RunProperties>().Select(r => r.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value)
                .Concat(slide.Descendants<A.BulletColor>().Select(b => b.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value)).OfType<string>())
            {
                var ratio = GuideBuilder.Palette.Srgb.Parse("#" + colour).ContrastWith(GuideBuilder.Palette.Srgb.Parse("#" + background));
                if (ratio < 4.5)
                {
                    low.Add($"#{colour} on #{background}: {ratio:0.00}:1");
                }
            }
        }

        low.ShouldBeEmpty();
        var brandHex = brand[1..].ToUpperInvariant();
        slides.Skip(1).Select(TabShape).ShouldAllBe(band => Fill(band.ShapeProperties) == brandHex);
    }

    private static string? Fill(P.ShapeProperties? properties) => properties?.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value;

    private static P.Shape TabShape(P.Slide slide) =>
        slide.Descendants<P.Shape>().First(s => s.NonVisualShapeProperties?.NonVisualDrawingProperties?.Name == "Tab colour");

    [Fact]
    public void The_pptx_shows_the_text_of_the_module_in_order()
    {
        using var guide = new TempGuide();
        var (edition, page) = Alpha(Load(guide));
        var texts = SlideTexts(PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, page), Timestamp));

        texts[0].ShouldContain("Module 1");
        texts[0].ShouldContain("Alpha module");
        texts[1].ShouldContain("I paid into the fund for years.");
        texts[1].ShouldContain("Amara Diallo");
        texts.ShouldContain(t => t.Contains("Form groups.") && t.Contains("Draw the map.") && t.Contains("Materials: Flip chart"));
        texts[^1].ShouldContain("Recommendation No. 202 | https://www.ilo.org/r202");
    }

    [Fact]
    public void The_same_deck_gives_the_same_bytes_with_the_build_timestamp_on_every_entry()
    {
        using var guide = new TempGuide();
        var deck = SlideDeckPlanner.Plan(Alpha(Load(guide)).Edition, Alpha(Load(guide)).Page);
        var bytes = PptxDeckWriter.Write(deck, Timestamp);

        PptxDeckWriter.Write(deck, Timestamp).ShouldBe(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 2000);
    }

    [Fact]
    public void Decks_that_share_their_common_parts_in_a_build_are_the_decks_written_alone()
    {
        // Every module has its own colour, both languages, both editions: one shared set of parts
        // must give each deck its own theme, its language and its edition's label.
        using var guide = PalettedGuide.Create(PalettedGuide.Brand);
        var trainer = GuidePreparation.Prepare(guide.Options() with { TrainerEdition = true }, new DiagnosticBag(), SilentProgress.Instance)!.Document;
        var decks = SlideDeckProducer.Plan(Load(guide)).Concat(SlideDeckProducer.Plan(trainer)).Select(d => d.Deck).ToList();
        decks.Select(d => (d.Language, d.TabColor, d.EditionLabel)).Distinct().Count().ShouldBeGreaterThan(8);
        decks.ShouldContain(d => d.EditionLabel != null);

        var shared = new PptxSharedParts();
        var together = decks.Select(deck => PptxDeckWriter.Write(deck, Timestamp, shared)).ToList();

        for (var i = 0; i < decks.Count; i++)
        {
            together[i].ShouldBe(PptxDeckWriter.Write(decks[i], Timestamp), $"{decks[i].Language} {decks[i].ModuleTitle} {decks[i].EditionLabel}");
        }
    }

    [Fact]
    public void Each_part_declares_its_namespaces_once_at_its_root()
    {
        using var guide = new TempGuide();
        var (edition, page) = Alpha(Load(guide));
        using var zip = new ZipArchive(new MemoryStream(PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, page), Timestamp)));

        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal) && !e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var markup = reader.ReadToEnd();
            System.Text.RegularExpressions.Regex.Count(markup, "xmlns:a=").ShouldBe(1, entry.FullName);
            markup.IndexOf("xmlns:a=", StringComparison.Ordinal).ShouldBeLessThan(markup.IndexOf('>', markup.IndexOf("?>", StringComparison.Ordinal) + 2), entry.FullName);
        }
    }

    [Fact]
    public void The_ebox_and_the_site_offer_each_module_deck_on_its_page_and_leave_no_work_files()
    {
        using var guide = new TempGuide();
        var result = guide.Build("site", "ebox");
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        foreach (var target in new[] { "ebox", "site" })
        {
            File.Exists(Path.Combine(guide.Output, target, "downloads", "slides", "en", "01-alpha.pptx")).ShouldBeTrue(target);
            File.Exists(Path.Combine(guide.Output, target, "downloads", "slides", "fr", "01-alpha.pptx")).ShouldBeTrue(target);
            File.Exists(Path.Combine(guide.Output, target, "downloads", "slides", "en", "00-intro.pptx")).ShouldBeFalse("the introduction is not a module");
        }

        var page = File.ReadAllText(Path.Combine(guide.Output, "ebox", "fr", "01-alpha", "index.html"));
        page.ShouldContain("href=\"../../downloads/slides/fr/01-alpha.pptx\" download");
        page.ShouldContain("Diapositives pour les formateurs");
        // The build cache and the kept work folder stay beside the outputs on purpose (BuildCacheTests, ReusedFolderTests); no other work folder may.
        Directory.GetDirectories(guide.Output).Select(Path.GetFileName).Where(name => name != GuideBuilder.Build.Cache.BuildCache.FolderName)
            .Order().ShouldBe([GuideBuilder.Build.OutputStaging.WorkName, "ebox", "packages", "site"]);
    }

    [Fact]
    public void The_trainer_edition_puts_the_facilitator_notes_in_the_speaker_notes()
    {
        using var guide = new TempGuide();
        var diagnostics = new DiagnosticBag();
        var document = GuidePreparation.Prepare(guide.Options() with { TrainerEdition = true }, diagnostics, SilentProgress.Instance)!.Document;
        var (edition, page) = Alpha(document);
        var deck = SlideDeckPlanner.Plan(edition, page);
        var bytes = PptxDeckWriter.Write(deck, Timestamp);

        using var pptx = PresentationDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(pptx).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var presentation = pptx.PresentationPart!;
        var slides = presentation.Presentation.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!)).ToList();
        var exercise = slides[deck.Slides.ToList().FindIndex(s => s.Title == "Map the gaps")];
        exercise.NotesSlidePart.ShouldNotBeNull();
        string.Concat(exercise.NotesSlidePart.NotesSlide.Descendants<A.Text>().Select(t => t.Text)).ShouldBe("Secret trainer note.");
        slides.Count(s => s.NotesSlidePart is not null).ShouldBe(1);
    }

    [Fact]
    public void Speaker_notes_give_each_point_of_a_loose_list_once()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "      Secret trainer note.", "      Watch the time.\n\n      - First point.\n\n      - Second point.");
        var document = GuidePreparation.Prepare(guide.Options() with { TrainerEdition = true }, new DiagnosticBag(), SilentProgress.Instance)!.Document;
        var (edition, page) = Alpha(document);

        SlideDeckPlanner.Plan(edition, page).Slides.Single(s => s.Notes is not null).Notes.ShouldBe("Watch the time.\nFirst point.\nSecond point.");
    }

    [Fact]
    public void The_default_edition_has_no_speaker_notes()
    {
        using var guide = new TempGuide();
        var (edition, page) = Alpha(Load(guide));
        using var pptx = PresentationDocument.Open(new MemoryStream(PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, page), Timestamp)), false);
        pptx.PresentationPart!.NotesMasterPart.ShouldBeNull();
        pptx.PresentationPart.SlideParts.ShouldAllBe(s => s.NotesSlidePart == null);
    }

    [Fact]
    public void A_module_not_yet_translated_gets_the_source_language_deck()
    {
        using var guide = new TempGuide();
        guide.Build("ebox").Succeeded.ShouldBeTrue();

        var decks = Path.Combine(guide.Output, "ebox", "downloads", "slides");
        var spanish = File.ReadAllBytes(Path.Combine(decks, "es", "01-alpha.pptx"));
        spanish.ShouldBe(File.ReadAllBytes(Path.Combine(decks, "en", "01-alpha.pptx")));
        SlideTexts(spanish)[2].ShouldContain("Learning objectives");
    }
}
