using System.Text.RegularExpressions;
using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Tests.Pdf;

/// <summary>The mini guide's textbooks, read back as a reader's software reads them.</summary>
public sealed class PdfTextbookTests : IClassFixture<PdfTextbookTests.BuiltBooks>
{
    private readonly BuiltBooks _books;

    public PdfTextbookTests(BuiltBooks books) => _books = books;

    private string Book(string language) => Path.Combine(_books.Guide.Output, "pdf", $"mini-guide-{language}.pdf");

    private static PdfDocument Open(string file)
    {
        PdfSharpSetup.Ensure();
        return PdfReader.Open(file, PdfDocumentOpenMode.Import);
    }

    private static string Text(string file, int? page = null) =>
        page is { } p ? ExternalTool.Run("pdftotext", "-layout", "-f", p.ToString(), "-l", p.ToString(), file, "-").Output : ExternalTool.Run("pdftotext", file, "-").Output;

    [Fact]
    public void Each_language_has_a_textbook_with_every_part()
    {
        foreach (var language in new[] { "en", "fr", "es" })
        {
            File.Exists(Book(language)).ShouldBeTrue(language);
        }

        using var document = Open(Book("en"));
        document.PageCount.ShouldBe(12);
    }

    [Fact]
    public void Every_part_opens_on_a_right_hand_page()
    {
        var anchors = PdfAnchors.Read(File.ReadAllBytes(Book("en")));
        foreach (var part in new[] { "p-intro", "p-alpha", "p-beta" })
        {
            (anchors[part] % 2).ShouldBe(1, part);
        }
    }

    [Fact]
    public void Table_of_contents_numbers_are_the_real_start_pages()
    {
        var anchors = PdfAnchors.Read(File.ReadAllBytes(Book("en")));
        var firstBody = anchors["p-intro"];
        var toc = Text(Book("en"), 3);
        int Listed(string title) => int.Parse(Regex.Match(toc, Regex.Escape(title) + @"[ .]+(\d+)").Groups[1].Value);
        Listed("How to use this guide").ShouldBe(1);
        Listed("Alpha module").ShouldBe(anchors["p-alpha"] - firstBody + 1);
        Listed("Beta module").ShouldBe(anchors["p-beta"] - firstBody + 1);
        Listed("Who is left out?").ShouldBe(anchors["p-alpha--left-out"] - firstBody + 1);

        // The folio printed on that page says the same number.
        var page = anchors["p-alpha--left-out"];
        Text(Book("en"), page).ShouldContain(Listed("Who is left out?").ToString());
    }

    [Fact]
    public void Thumb_tabs_sit_on_the_outer_edge_at_the_module_slot_in_its_colour()
    {
        var anchors = PdfAnchors.Read(File.ReadAllBytes(Book("en")));
        var red = PpmImage.Hex("#b0252d");
        var blue = PpmImage.Hex("#1d5fa6");
        var white = (255, 255, 255);

        // Module 1 (slot 0 of 2) on its recto divider: right edge, upper half.
        var recto = PpmImage.Render(Book("en"), anchors["p-alpha"]);
        PpmImage.Near(recto.At(recto.Width - 2, recto.Height * 40 / 100), red).ShouldBeTrue();
        PpmImage.Near(recto.At(1, recto.Height * 40 / 100), white).ShouldBeTrue();
        PpmImage.Near(recto.At(recto.Width - 2, recto.Height * 80 / 100), white).ShouldBeTrue();

        // Module 2 (slot 1 of 2) on a verso: left edge, lower half.
        var verso = PpmImage.Render(Book("en"), anchors["p-beta"] + 1);
        PpmImage.Near(verso.At(1, verso.Height * 80 / 100), blue).ShouldBeTrue();
        PpmImage.Near(verso.At(1, verso.Height * 40 / 100), white).ShouldBeTrue();
        PpmImage.Near(verso.At(verso.Width - 2, verso.Height * 80 / 100), white).ShouldBeTrue();

        // The introduction has none.
        var intro = PpmImage.Render(Book("en"), anchors["p-intro"]);
        PpmImage.Near(intro.At(intro.Width - 2, intro.Height * 40 / 100), white).ShouldBeTrue();
    }

    [Fact]
    public void Outline_lists_modules_and_sections()
    {
        using var document = Open(Book("en"));
        var titles = PdfOutlineTitles.Of(document);
        titles.ShouldContain("Alpha module");
        titles.ShouldContain("Who is left out?");
        titles.ShouldContain("Beta module");
    }

    [Fact]
    public void Document_is_tagged_with_its_language_and_metadata()
    {
        using var document = Open(Book("fr"));
        document.Internals.Catalog.Elements.GetString("/Lang").ShouldBe("fr");
        document.Internals.Catalog.Elements.ContainsKey("/StructTreeRoot").ShouldBeTrue();
        document.Info.Title.ShouldBe("Mini-guide");
        document.Info.Subject.ShouldBe("Un guide de test");
    }

    [Fact]
    public void Every_font_is_embedded_with_a_map_back_to_unicode()
    {
        var (code, output) = ExternalTool.Run("pdffonts", Book("es"));
        code.ShouldBe(0);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        rows.ShouldNotBeEmpty();
        // Columns emb, sub, uni: embedded, subset, and a ToUnicode map so that copied text is right.
        rows.ShouldAllBe(row => Regex.IsMatch(row, @"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$"));
    }

    [Fact]
    public void French_and_spanish_text_extracts_with_accents()
    {
        var french = Text(Book("fr"));
        french.ShouldContain("Les migrants ont des lacunes de protection.");
        french.ShouldContain("Couverture par régime");
        french.ShouldContain("Table des matières");
        // pdftotext gives the no-break spaces back as plain ones; what matters is the space before the colon.
        french.ShouldMatch(@"Matériel\s:\sTableau de papier\s;\sFeutres", "French labels and run-in lists take French spacing");
        var spanish = Text(Book("es"));
        spanish.ShouldContain("Cómo usar esta guía");
        spanish.ShouldContain("Este módulo aún no está disponible en español");
    }

    [Fact]
    public void Facilitator_notes_are_not_in_the_default_edition()
    {
        Text(Book("en")).ShouldNotContain("Secret trainer note");
        Text(Book("en")).ShouldNotContain("Workshop planner");
        Text(Book("en")).ShouldNotContain("One-day programme");
    }

    [Fact]
    public void Qpdf_finds_no_problem()
    {
        var (code, output) = ExternalTool.Run("qpdf", "--check", Book("en"));
        code.ShouldBe(0, output);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    [Fact]
    public void The_build_says_where_each_textbooks_time_went_pass_by_pass()
    {
        var english = _books.Timings.Entries.Where(e => e.Name.StartsWith("PDF en", StringComparison.Ordinal)).ToList();
        // The first pass only measures, so it prints no tag tree; the last one is the book.
        english[0].Name.ShouldBe("PDF en pass 1 (draft)");
        english[0].Detail.ShouldContain("print ");
        english[0].Detail.ShouldContain("measure ");
        english[^2].Name.ShouldMatch(@"^PDF en pass [2-4]$");
        english[^1].Name.ShouldBe("PDF en post-processing");
        english[^1].Detail.ShouldContain("draw ");
        english[^1].Detail.ShouldContain("save ");
    }

    [Fact]
    public void The_same_input_prints_the_same_bytes()
    {
        using var again = new TempGuide();
        again.Build("pdf").Succeeded.ShouldBeTrue();
        static string Hash(string file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        Hash(Path.Combine(again.Output, "pdf", "mini-guide-en.pdf")).ShouldBe(Hash(Book("en")));
    }

    [Fact]
    public void A_browser_that_is_not_there_is_a_clear_error()
    {
        using var guide = new TempGuide();
        var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer())
            .Run(guide.Options("pdf", "site") with { BrowserPath = "/nonexistent/chromium", FormatsExplicit = true });
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == "GB026" && d.Hint!.Contains("apt-get install chromium"));
    }

    [Fact]
    public void Print_edition_has_bleed_trim_boxes_crop_marks_and_tabs_into_the_bleed()
    {
        using var guide = new TempGuide();
        var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(guide.Options("pdf") with { PdfEdition = "print" });
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var file = Path.Combine(guide.Output, "pdf", "mini-guide-en-print.pdf");
        PdfSharpSetup.Ensure();
        using (var document = PdfReader.Open(file, PdfDocumentOpenMode.Import))
        {
            const double mm = 72 / 25.4;
            var page = document.Pages[0];
            page.Width.Point.ShouldBe((210 + 26) * mm, 1);
            page.TrimBox.X1.ShouldBe(13 * mm, 0.5);
            page.TrimBox.X2.ShouldBe((210 + 13) * mm, 0.5);
            page.BleedBox.X1.ShouldBe(10 * mm, 0.5);
            page.BleedBox.Y2.ShouldBe((297 + 16) * mm, 0.5);
        }

        // A tab on a recto runs from the trim edge into the bleed; the slug beyond stays white but for the crop marks.
        var anchors = PdfAnchors.Read(File.ReadAllBytes(file));
        var image = PpmImage.Render(file, anchors["p-alpha"], dpi: 72);
        var y = image.Height * 40 / 100;
        var trimRight = (int)Math.Round(image.Width * (210 + 13) / 236.0);
        PpmImage.Near(image.At(trimRight + 4, y), PpmImage.Hex("#b0252d")).ShouldBeTrue();
        PpmImage.Near(image.At(image.Width - 3, y), (255, 255, 255)).ShouldBeTrue();
        var markRow = (int)Math.Round(image.Height * 5 / 323.0); // 5 mm from the sheet's top: in the slug, on the vertical crop mark
        Enumerable.Range(trimRight - 1, 3).Select(x => image.At(x, markRow)).ShouldContain(pixel => pixel.R < 230, "a crop mark above the trim corner");
        Enumerable.Range(trimRight + 20, 3).Select(x => image.At(x, markRow)).ShouldAllBe(pixel => pixel.R > 250);
    }

    [Fact]
    public void The_ebox_offers_the_textbook_for_download()
    {
        File.Exists(Path.Combine(_books.Guide.Output, "ebox", "downloads", "mini-guide-fr.pdf")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(_books.Guide.Output, "ebox", "fr", "index.html")).ShouldContain("../downloads/mini-guide-fr.pdf");
    }

    [Fact]
    public void Each_module_tells_the_reader_where_its_slide_deck_is_online_and_in_the_ebox()
    {
        var text = Text(Book("es"));
        foreach (var slug in new[] { "01-alpha", "02-beta" })
        {
            text.ShouldContain($"https://example.org/mini/downloads/slides/es/{slug}.pptx");
            text.ShouldContain($"(E-box): downloads/slides/es/{slug}.pptx");
            File.Exists(Path.Combine(_books.Guide.Output, "ebox", "downloads", "slides", "es", $"{slug}.pptx")).ShouldBeTrue();
        }
    }

    public sealed class BuiltBooks : IDisposable
    {
        public BuiltBooks()
        {
            Guide = new TempGuide();
            var result = new GuideBuild(Timings, new ChromiumPdfProducer()).Run(Guide.Options("pdf", "ebox"));
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public TimingProgress Timings { get; } = new();

        public void Dispose() => Guide.Dispose();
    }
}
