using System.IO.Compression;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Glossary;

/// <summary>The glossary at the back of the textbook and of the EPUB, which have no toggletips.</summary>
public sealed class GlossaryBookTests : IClassFixture<GlossaryBookTests.Built>
{
    private readonly Built _built;

    public GlossaryBookTests(Built built) => _built = built;

    private string Pdf(string language) => Directory.GetFiles(Path.Combine(_built.Guide.Output, "pdf"), $"*-{language}.pdf").Single();

    private string Epub(string language) => Directory.GetFiles(Path.Combine(_built.Guide.Output, "epub"), $"*-{language}.epub").Single();

    [Fact]
    public void The_textbook_ends_with_the_glossary_listed_in_its_contents_and_shows_no_toggletip()
    {
        var pages = ExternalTool.Run("pdftotext", "-layout", Pdf("en"), "-").Output.Split('\f');

        var glossary = Array.FindLastIndex(pages, p => p.Contains("Glossary", StringComparison.Ordinal) && p.Contains("Adding up periods of insurance", StringComparison.Ordinal));
        glossary.ShouldBeGreaterThan(0);
        pages[glossary].ShouldContain("portability (portabilities)");
        pages.Skip(glossary + 1).ShouldAllBe(p => p.Trim().Length == 0);
        var contents = pages.First(p => p.Contains("Contents", StringComparison.Ordinal) || p.Contains("Table of contents", StringComparison.Ordinal));
        contents.ShouldContain("Glossary");
        // The definition is not printed beside the term in the module: the toggletip is for screens.
        pages.Count(p => p.Contains("Policies that reduce poverty", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void The_epub_has_a_glossary_document_the_first_use_links_to_and_passes_epubcheck()
    {
        var output = EpubCheck.Run(Epub("fr"));
        output.ShouldContain("No errors or warnings detected");

        using var zip = ZipFile.OpenRead(Epub("fr"));
        string Text(string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();
        var glossary = Text("OEBPS/text/glossary.xhtml");
        glossary.ShouldContain("epub:type=\"glossary\"");
        glossary.ShouldContain("<dt id=\"term-social-protection\"");
        glossary.ShouldContain("<dfn>protection sociale</dfn>");
        var module = zip.Entries.Single(e => e.FullName.EndsWith("01-alpha.xhtml", StringComparison.Ordinal));
        var body = new StreamReader(module.Open()).ReadToEnd();
        body.ShouldContain("href=\"glossary.xhtml#term-social-protection\"");
        body.ShouldNotContain("<button");
        body.ShouldNotContain("term-tip");
        Text("OEBPS/package.opf").ShouldContain("href=\"text/glossary.xhtml\"");
    }

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Guide = GlossaryGuide.Create();
            var result = Guide.Build("pdf", "epub");
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; }

        public void Dispose() => Guide.Dispose();
    }
}
