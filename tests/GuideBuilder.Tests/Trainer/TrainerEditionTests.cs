using System.IO.Compression;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;

namespace GuideBuilder.Tests.Trainer;

/// <summary>The trainer edition says so in every file name and on every page, and its site stays out of search engines.</summary>
public sealed class TrainerEditionTests : IClassFixture<TrainerEditionTests.Built>
{
    private readonly Built _built;

    public TrainerEditionTests(Built built) => _built = built;

    private static readonly string[] Formats = ["site", "ebox", "epub"];

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_trainer_output_file_is_named_for_the_edition()
    {
        var output = _built.Trainer.Output;
        Files(Path.Combine(output, "packages")).ShouldBe(["mini-guide-trainer-ebox.iso", "mini-guide-trainer-ebox.zip"]);
        Files(Path.Combine(output, "epub")).ShouldBe(["mini-guide-trainer-en.epub", "mini-guide-trainer-es.epub", "mini-guide-trainer-fr.epub"]);
        Files(Path.Combine(output, "ebox", "downloads")).ShouldBe(
        [
            "mini-guide-trainer-en.epub", "mini-guide-trainer-es.epub", "mini-guide-trainer-fr.epub",
            "slides/en/01-alpha-trainer.pptx", "slides/en/02-beta-trainer.pptx", "slides/es/01-alpha-trainer.pptx",
            "slides/es/02-beta-trainer.pptx", "slides/fr/01-alpha-trainer.pptx", "slides/fr/02-beta-trainer.pptx",
        ]);
        using var zip = ZipFile.OpenRead(Path.Combine(output, "packages", "mini-guide-trainer-ebox.zip"));
        zip.Entries.Select(e => e.FullName).ShouldContain("mini-guide-trainer-ebox/index.html");

        // The module page offers its deck under the name it has.
        File.ReadAllText(Path.Combine(output, "ebox", "en", "01-alpha", "index.html")).ShouldContain(">Download 01-alpha-trainer.pptx</a>");
    }

    [Theory]
    [InlineData(false, "how-to-guide-on-social-protection-for-migrants")]
    [InlineData(true, "how-to-guide-on-social-protection-for-trainer")]
    public void A_long_title_leaves_room_for_the_longest_name_on_the_cd_rom(bool trainer, string stem)
    {
        using var guide = new TempGuide();
        guide.Replace("guide.yml", "en: Mini guide", "en: How-to guide on social protection for migrants");
        var document = GuidePreparation.Prepare(guide.Options() with { TrainerEdition = trainer }, new GuideBuilder.Diagnostics.DiagnosticBag(), SilentProgress.Instance)!.Document;

        GuideBuilder.Targets.OutputNames.Stem(document).ShouldBe(stem);
        $"{stem}-en-print.pdf".Length.ShouldBeLessThanOrEqualTo(64);
    }

    [Fact]
    public void The_participant_edition_keeps_its_plain_names()
    {
        var output = _built.Participant.Output;
        Files(Path.Combine(output, "packages")).ShouldBe(["mini-guide-ebox.iso", "mini-guide-ebox.zip"]);
        Files(Path.Combine(output, "epub")).ShouldBe(["mini-guide-en.epub", "mini-guide-es.epub", "mini-guide-fr.epub"]);
        File.Exists(Path.Combine(output, "site", "downloads", "slides", "en", "01-alpha.pptx")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(output, "ebox", "en", "01-alpha", "index.html")).ShouldContain(">Download 01-alpha.pptx</a>");
    }

    [Fact]
    public void The_trainer_site_is_noindex_without_sitemap_or_links_to_the_public_site()
    {
        var site = Path.Combine(_built.Trainer.Output, "site");
        File.Exists(Path.Combine(site, "sitemap.xml")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(site, "robots.txt")).ShouldBe("User-agent: *\nDisallow: /\n");
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(8);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            document.QuerySelectorAll("meta[name=robots]").Select(m => m.GetAttribute("content")).ShouldBe(["noindex"], page);
            document.QuerySelectorAll("link[rel=canonical], link[rel=alternate]").ShouldBeEmpty(page);
            document.Body!.InnerHtml.ShouldNotContain("example.org/mini/en", customMessage: page);
        }
    }

    [Fact]
    public void The_participant_site_is_indexed_with_its_sitemap_and_canonical_links()
    {
        var site = Path.Combine(_built.Participant.Output, "site");
        File.Exists(Path.Combine(site, "sitemap.xml")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(site, "robots.txt")).ShouldContain("Sitemap: https://example.org/mini/sitemap.xml");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "en", "01-alpha", "index.html")));
        page.QuerySelectorAll("meta[name=robots]").ShouldBeEmpty();
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/mini/en/01-alpha/");
        page.QuerySelectorAll(".edition-badge").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("site")]
    [InlineData("ebox")]
    public void Every_page_shows_the_trainer_label_in_its_language(string target)
    {
        var labels = new Dictionary<string, string> { ["en"] = "Trainer edition", ["fr"] = "Édition du formateur", ["es"] = "Edición para formadores" };
        foreach (var page in Directory.GetFiles(Path.Combine(_built.Trainer.Output, target), "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var language = document.DocumentElement.GetAttribute("lang")!;
            document.QuerySelector(".edition-badge")?.TextContent.ShouldBe(labels[language], page);
        }
    }

    [Fact]
    public void The_epub_title_page_says_trainer_edition()
    {
        var books = EpubReader.In(_built.Trainer.Output);
        books["en"].Text("OEBPS/title.xhtml").ShouldContain("<p class=\"title-edition\">Trainer edition</p>");
        books["fr"].Text("OEBPS/title.xhtml").ShouldContain("Édition du formateur");
        EpubReader.In(_built.Participant.Output)["en"].Text("OEBPS/title.xhtml").ShouldNotContain("Trainer edition");
    }

    [Fact]
    public void The_slide_master_of_every_trainer_deck_carries_the_label()
    {
        foreach (var (language, label) in new[] { ("en", "Trainer edition"), ("fr", "Édition du formateur") })
        {
            MasterTexts(Path.Combine(_built.Trainer.Output, "ebox", "downloads", "slides", language, "01-alpha-trainer.pptx")).ShouldContain(label);
        }

        MasterTexts(Path.Combine(_built.Participant.Output, "ebox", "downloads", "slides", "en", "01-alpha.pptx")).ShouldNotContain("Trainer edition");
    }

    private static List<string> MasterTexts(string deck)
    {
        using var document = PresentationDocument.Open(deck, false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        return [.. document.PresentationPart!.SlideMasterParts.Single().SlideMaster.Descendants<A.Text>().Select(t => t.Text)];
    }

    /// <summary>The mini guide built once as the trainer edition and once for participants (no PDF: see TrainerTextbookTests).</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            new GuideBuild(SilentProgress.Instance, null).Run(Trainer.Options(Formats) with { TrainerEdition = true }).Succeeded.ShouldBeTrue();
            new GuideBuild(SilentProgress.Instance, null).Run(Participant.Options(Formats)).Succeeded.ShouldBeTrue();
        }

        public TempGuide Trainer { get; } = new();

        public TempGuide Participant { get; } = new();

        public void Dispose()
        {
            Trainer.Dispose();
            Participant.Dispose();
        }
    }
}
