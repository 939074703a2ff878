using System.Text.RegularExpressions;
using System.Xml.Linq;
using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using static GuideBuilder.Tests.Support.EpubReader;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>
/// The sample guide's English textbook and EPUB built together: the PDF's page labels are the
/// printed folios, and the EPUB's page list leads to the text that begins each printed page.
/// </summary>
public sealed partial class PrintedPagesAcrossFormatsTests : IClassFixture<PrintedPagesAcrossFormatsTests.BuiltSample>
{
    private readonly BuiltSample _built;

    public PrintedPagesAcrossFormatsTests(BuiltSample built) => _built = built;

    private static string Text(string pdf, int physical) =>
        ExternalTool.Run("pdftotext", "-f", physical.ToString(), "-l", physical.ToString(), pdf, "-").Output;

    [Fact]
    public void The_front_matter_is_labelled_in_roman_and_each_module_opens_on_the_page_the_contents_print()
    {
        var labels = PdfPageLabels.Of(_built.Pdf);
        labels.Take(3).ShouldBe(["i", "ii", "iii"]);
        var intro = Enumerable.Range(1, labels.Count).First(p => Text(_built.Pdf, p).Contains("How to use this guide", StringComparison.Ordinal) && labels[p - 1] == "1");
        labels.Take(intro - 1).ShouldAllBe(label => Regex.IsMatch(label, "^[ivx]+$"));

        var contents = string.Concat(Enumerable.Range(1, intro - 1).Select(p => ExternalTool.Run("pdftotext", "-layout", "-f", p.ToString(), "-l", p.ToString(), _built.Pdf, "-").Output));
        var listed = ModuleLine().Matches(contents).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        listed.Keys.Order().ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        foreach (var (module, page) in listed)
        {
            var divider = Enumerable.Range(intro, labels.Count - intro + 1).Single(p => Regex.IsMatch(Text(_built.Pdf, p), $"^\\s*(\\d+\\s+)?MODULE\\s+{module}\\s"));
            labels[divider - 1].ShouldBe(page, $"module {module}");
        }

        // The folio printed at the foot of the contents' last page is its label too.
        Text(_built.Pdf, intro - 1).ShouldContain(labels[intro - 2]);
    }

    [Fact]
    public void Each_page_of_the_page_list_leads_to_text_that_is_on_that_printed_page()
    {
        var labels = PdfPageLabels.Of(_built.Pdf);
        var entries = PageList(_built.Epub);
        entries.Count.ShouldBeGreaterThan(30);
        entries.Select(e => e.Label).ShouldBeUnique();
        foreach (var (href, label) in entries)
        {
            var physical = labels.ToList().IndexOf(label) + 1;
            physical.ShouldBeGreaterThan(0, $"no page of the PDF is labelled {label}");
            var page = Words(Text(_built.Pdf, physical));
            var following = FollowingWords(_built.Epub, href);
            following.ShouldNotBeEmpty(href);
            following.Where(w => !page.Contains(w)).ShouldBeEmpty($"page {label} ({href}) begins with '{string.Join(' ', following)}'");
        }
    }

    [Fact]
    public void The_epub_names_the_textbook_as_the_source_of_its_pages_and_passes_epubcheck()
    {
        _built.Epub.Meta("schema:accessibilityFeature").ShouldContain("pageNavigation");
        var source = _built.Epub.Package.Descendants(Dc + "source").Single();
        source.Value.ShouldContain(Path.GetFileName(_built.Pdf));
        _built.Epub.Package.Descendants(Opf + "meta")
            .ShouldContain(m => (string?)m.Attribute("refines") == "#" + (string?)source.Attribute("id") && (string?)m.Attribute("property") == "source-of" && m.Value == "pagination");
        var report = EpubCheck.Run(_built.Epub.Path);
        report.ShouldContain("0 fatals / 0 errors / 0 warnings", customMessage: report);
    }

    [Fact]
    public void The_pdf_keeps_its_bookmarks_and_checks_clean()
    {
        var (code, output) = ExternalTool.Run("qpdf", "--check", _built.Pdf);
        code.ShouldBe(0, output);
        PdfSharpSetup.Ensure();
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(_built.Pdf, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        PdfOutlineTitles.Of(document).ShouldContain("Coordinating social security across borders");
    }

    private static List<(string Href, string Label)> PageList(EpubReader epub)
    {
        var nav = epub.Xml("OEBPS/nav.xhtml").Descendants(Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        return [.. nav.Descendants(Xhtml + "a").Select(a => ((string)a.Attribute("href")!, a.Value))];
    }

    /// <summary>
    /// The first five longer words of the text after the marker. The introduction's summary and
    /// the section titles (Voices) are left out: the EPUB shows them, the textbook does not.
    /// </summary>
    private static List<string> FollowingWords(EpubReader epub, string href)
    {
        var parts = href.Split('#');
        var document = epub.Xml("OEBPS/" + parts[0]);
        var nodes = document.DescendantNodes().ToList();
        var marker = nodes.OfType<XElement>().Single(e => (string?)e.Attribute("id") == parts[1]);
        ((string?)marker.Attribute(Ops + "type")).ShouldBe("pagebreak");
        ((string?)marker.Attribute("role")).ShouldBe("doc-pagebreak");
        var text = nodes.Skip(nodes.IndexOf(marker) + 1).OfType<XText>()
            .Where(t => !t.Ancestors().Any(a => (string?)a.Attribute("class") is "module-summary" or "section-title"))
            .Select(t => t.Value + " ");
        return [.. Words(string.Concat(text)).Where(w => w.Length >= 5).Take(5)];
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s{0,8}(\d)\s{2,}\S.*?\s(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();

    public sealed class BuiltSample : IDisposable
    {
        public BuiltSample()
        {
            Guide = new TempGuide(RepoPaths.SampleContent);
            var options = Guide.Options("pdf", "epub") with { Languages = ["en"] };
            var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(options);
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
            result.Diagnostics.ShouldBeEmpty();
            Pdf = Directory.GetFiles(Path.Combine(Guide.Output, "pdf"), "*-en.pdf").Single();
            Epub = new EpubReader(Directory.GetFiles(Path.Combine(Guide.Output, "epub"), "*-en.epub").Single());
        }

        public TempGuide Guide { get; }

        public string Pdf { get; }

        public EpubReader Epub { get; }

        public void Dispose() => Guide.Dispose();
    }
}
