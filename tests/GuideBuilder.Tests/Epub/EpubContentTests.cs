using System.Xml.Linq;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Support.EpubReader;

namespace GuideBuilder.Tests.Epub;

/// <summary>What the books of the mini guide say: language, accessibility metadata, fallback language, semantics, media, trainer notes, determinism.</summary>
public sealed class EpubContentTests : IDisposable
{
    private readonly TempGuide _guide = new();
    private readonly Dictionary<string, EpubReader> _books;

    public EpubContentTests()
    {
        _guide.Build("epub").Succeeded.ShouldBeTrue();
        _books = In(_guide.Output);
    }

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void Each_book_is_named_after_the_guide_and_its_language_and_says_its_language()
    {
        Directory.GetFiles(Path.Combine(_guide.Output, "epub")).Select(Path.GetFileName).Order()
            .ShouldBe(["mini-guide-en.epub", "mini-guide-es.epub", "mini-guide-fr.epub"]);
        foreach (var (language, book) in _books)
        {
            book.Package.Descendants(Dc + "language").Single().Value.ShouldBe(language);
            book.Xml("OEBPS/nav.xhtml").Root!.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe(language);
        }
    }

    [Fact]
    public void The_package_carries_the_accessibility_metadata_of_epub_accessibility_1_1()
    {
        var book = _books["en"];
        book.Meta("schema:accessMode").ShouldBe(["textual", "visual"]);
        book.Meta("schema:accessModeSufficient").ShouldBe(["textual"]);
        book.Meta("schema:accessibilityFeature").ShouldContain("structuralNavigation");
        book.Meta("schema:accessibilityFeature").ShouldContain("tableOfContents");
        book.Meta("schema:accessibilityFeature").ShouldContain("alternativeText");
        book.Meta("schema:accessibilityHazard").ShouldBe(["none"]);
        book.Meta("schema:accessibilitySummary").Single().ShouldNotBeEmpty();
        book.Meta("dcterms:conformsTo").ShouldBe(["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]);
        book.Meta("dcterms:modified").ShouldBe(["2000-01-01T00:00:00Z"]);
    }

    [Fact]
    public void A_module_shown_in_the_source_language_says_so_with_lang_and_xml_lang()
    {
        var spanish = _books["es"].Xml("OEBPS/text/01-alpha.xhtml");
        var chapter = Chapter(spanish);
        chapter.Attribute("lang")!.Value.ShouldBe("en");
        chapter.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("en");
        spanish.Root!.Attribute("lang")!.Value.ShouldBe("es");
        spanish.Descendants(Xhtml + "p").ShouldContain(p => (string?)p.Attribute("class") == "translation-notice");
        Chapter(_books["en"].Xml("OEBPS/text/01-alpha.xhtml")).Attribute("lang").ShouldBeNull();
    }

    [Fact]
    public void Footnotes_are_asides_with_a_back_link_and_references_are_noterefs()
    {
        var alpha = _books["en"].Xml("OEBPS/text/01-alpha.xhtml");
        var note = alpha.Descendants(Xhtml + "aside").First(a => (string?)a.Attribute(Ops + "type") == "footnote");
        note.Attribute("role")!.Value.ShouldBe("doc-footnote");
        var back = note.Descendants(Xhtml + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink");
        var reference = alpha.Descendants(Xhtml + "a").Single(a => (string?)a.Attribute(Ops + "type") == "noteref");
        reference.Attribute("href")!.Value.ShouldBe("#" + note.Attribute("id")!.Value);
        back.Attribute("href")!.Value.ShouldBe("#" + reference.Attribute("id")!.Value);
    }

    [Fact]
    public void Voices_objectives_and_exercises_have_their_structural_semantics()
    {
        var alpha = _books["en"].Xml("OEBPS/text/01-alpha.xhtml");
        var types = alpha.Descendants().Select(e => (string?)e.Attribute(Ops + "type")).OfType<string>().ToList();
        types.ShouldContain("chapter");
        types.ShouldContain("epigraph");
        types.ShouldContain("learning-objectives");
        types.ShouldContain("practices");
        types.ShouldContain("practice");
        types.ShouldContain("learning-resources");
    }

    [Fact]
    public void The_book_holds_its_images_with_alt_text_and_says_where_handouts_are()
    {
        var book = _books["en"];
        foreach (var page in book.Entries.Where(e => e.EndsWith(".xhtml", StringComparison.Ordinal)))
        {
            foreach (var image in book.Xml(page).Descendants(Xhtml + "img"))
            {
                image.Attribute("alt").ShouldNotBeNull(page);
                var src = image.Attribute("src")!.Value.Replace("../", "", StringComparison.Ordinal);
                book.Entries.ShouldContain("OEBPS/" + src);
            }
        }

        var alpha = book.Text("OEBPS/text/01-alpha.xhtml");
        alpha.ShouldContain("media/handouts/map-gaps.pdf");
        alpha.ShouldContain("https://example.org/mini/media/handouts/map-gaps.pdf");
        book.Entries.ShouldNotContain("OEBPS/media/handouts/map-gaps.pdf");
    }

    [Fact]
    public void Facilitator_notes_are_only_in_the_trainer_edition()
    {
        _books["en"].Text("OEBPS/text/01-alpha.xhtml").ShouldNotContain("Secret trainer note");
        using var guide = new TempGuide();
        new GuideBuild(SilentProgress.Instance, null).Run(guide.Options("epub") with { TrainerEdition = true }).Succeeded.ShouldBeTrue();
        var trainer = In(guide.Output)["en"];
        Path.GetFileName(trainer.Path).ShouldBe("mini-guide-trainer-en.epub");
        trainer.Text("OEBPS/text/01-alpha.xhtml").ShouldContain("Secret trainer note");
    }

    [Fact]
    public void The_same_guide_gives_the_same_bytes_with_the_mimetype_first_and_stored()
    {
        using var again = new TempGuide();
        again.Build("epub").Succeeded.ShouldBeTrue();
        foreach (var (language, book) in In(again.Output))
        {
            File.ReadAllBytes(book.Path).ShouldBe(File.ReadAllBytes(_books[language].Path), language);
        }

        var bytes = File.ReadAllBytes(_books["en"].Path);
        System.Text.Encoding.ASCII.GetString(bytes, 30, 8).ShouldBe("mimetype");
        BitConverter.ToUInt16(bytes, 8).ShouldBe((ushort)0, "the mimetype entry is stored, not compressed");
        System.Text.Encoding.ASCII.GetString(bytes, 38, 20).ShouldBe("application/epub+zip");
    }

    private static XElement Chapter(XDocument page) =>
        page.Descendants(Xhtml + "section").First(s => (string?)s.Attribute(Ops + "type") == "chapter");
}
