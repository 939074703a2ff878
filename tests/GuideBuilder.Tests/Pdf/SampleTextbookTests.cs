using AngleSharp.Html.Parser;
using GuideBuilder.Build;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace GuideBuilder.Tests.Pdf;

/// <summary>The sample guide's textbooks as a reader's viewer (bookmarks) and a screen reader (tags) see them.</summary>
public sealed class SampleTextbookTests : IClassFixture<SampleTextbookTests.SampleBooks>
{
    private readonly SampleBooks _books;

    public SampleTextbookTests(SampleBooks books) => _books = books;

    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Bookmarks_are_exactly_the_headings_of_the_print_html(string language)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_books.Html, language + ".html")));
        var headings = html.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => Normalise(h.TextContent)).ToList();

        PdfSharpSetup.Ensure();
        using var document = PdfReader.Open(_books.Book(language), PdfDocumentOpenMode.Import);
        var titles = PdfOutlineTitles.Of(document);
        titles.ShouldBe(headings);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_structure_type_is_one_the_file_defines(string language)
    {
        var (code, output) = ExternalTool.Run("pdfinfo", "-struct", _books.Book(language));
        code.ShouldBe(0);
        output.ShouldNotContain("wrong type");
        output.ShouldContain("Figure");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_figure_has_alternative_text(string language)
    {
        PdfSharpSetup.Ensure();
        using var document = PdfReader.Open(_books.Book(language), PdfDocumentOpenMode.Import);
        var figures = StructureElements(document).Where(e => e.Elements.GetName("/S") == "/Figure").ToList();
        figures.ShouldNotBeEmpty();
        figures.ShouldAllBe(figure => figure.Elements.GetString("/Alt").Trim().Length > 0);
    }

    /// <summary>White space collapsed as HTML does: the no-break spaces of French typography stay.</summary>
    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, "[ \t\n\f\r]+", " ").Trim(' ');

    /// <summary>Every structure element under the StructTreeRoot (marked-content and object references left out).</summary>
    private static IEnumerable<PdfDictionary> StructureElements(PdfDocument document)
    {
        var pending = new Stack<PdfItem?>();
        pending.Push(document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements["/K"]);
        while (pending.TryPop(out var next))
        {
            var item = next is PdfReference reference ? reference.Value : next;
            if (item is PdfArray array)
            {
                foreach (var element in array.Elements)
                {
                    pending.Push(element);
                }
            }
            else if (item is PdfDictionary node && node.Elements.ContainsKey("/S"))
            {
                yield return node;
                pending.Push(node.Elements["/K"]);
            }
        }
    }

    public sealed class SampleBooks : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("guide-sample-pdf-").FullName;

        public SampleBooks()
        {
            var options = new BuildOptions
            {
                ContentDirectory = RepoPaths.SampleContent,
                OutputDirectory = Path.Combine(_root, "out"),
                Formats = ["pdf"],
                ThemeDirectory = RepoPaths.Theme,
                UiStringsDirectory = RepoPaths.UiStrings,
                PrintHtmlDirectory = Html,
            };
            var result = new GuideBuild(SilentProgress.Instance, new ChromiumPdfProducer()).Run(options);
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public string Html => Path.Combine(_root, "html");

        public string Book(string language) => Directory.GetFiles(Path.Combine(_root, "out", "pdf"), $"*-{language}.pdf").Single();

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
