using System.Text.RegularExpressions;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Reference;

/// <summary>The index page of the site and the E-box, and the index document of the EPUB.</summary>
public sealed partial class IndexPageTests : IClassFixture<IndexPageTests.Built>
{
    private readonly Built _built;

    public IndexPageTests(Built built) => _built = built;

    private string Read(string relative) => File.ReadAllText(Path.Combine(_built.Guide.Output, relative));

    private static List<string> Terms(string html) => [.. TermPattern().Matches(html).Select(m => m.Groups[1].Value)];

    private static List<string> Letters(string html) => [.. LetterPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_site_index_page_matches_the_approved_snapshot() => Approvals.Verify("site-en-book-index.html", Read("site/en/book-index/index.html"));

    [Fact]
    public void Entries_sort_by_the_collation_of_the_language()
    {
        // Ordinal order would put Égalité and Étrangers after Zone, and Ñandú after Obra.
        var french = Read("site/fr/book-index/index.html");
        // The English module that French shows as a fallback brings its own entries; "Le travail" sorts by its key.
        Terms(french).ShouldBe(["Droit", "Égalité", "Emploi", "Étrangers", "Portability", "Standards", "Le travail", "Zone"]);
        Letters(french).ShouldBe(["D", "E", "P", "S", "T", "Z"]);
        var spanish = Read("site/es/book-index/index.html");
        Terms(spanish).ShouldBe(["Aggregation", "Émigration", "Migrant workers", "Nación", "Ñandú", "Obra", "Portability", "Standards", "Totalization", "Zona"]);
        Letters(spanish).ShouldBe(["A", "E", "M", "N", "Ñ", "O", "P", "S", "T", "Z"]);
        Terms(Read("site/en/book-index/index.html")).ShouldBe(["Aggregation", "Émigration", "Migrant workers", "Portability", "Standards", "Totalization", "Training sessions"]);
    }

    [Fact]
    public void Entries_link_to_the_marks_own_anchors_and_every_page_offers_the_index()
    {
        var index = Read("ebox/en/book-index/index.html");
        index.ShouldContain("<a href=\"../01-alpha/index.html#ix-3\">Module 1 · Who is left out?</a>");
        index.ShouldContain("<em>See</em> Aggregation");
        Read("ebox/en/01-alpha/index.html").ShouldContain("<span class=\"index-mark\" id=\"ix-3\"></span>");
        Read("ebox/en/02-beta/index.html").ShouldContain("<a href=\"../book-index/index.html\">Index</a>");
        Read("site/en/book-index/index.html").ShouldContain("aria-current=\"page\">Index</a>");
    }

    [Fact]
    public void A_see_that_names_no_entry_is_a_warning_at_the_mark()
    {
        var warning = _built.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.IndexSeeUnknown).ShouldHaveSingleItem();
        warning.Message.ShouldContain("'Zonas'");
        warning.Location.Path.ShouldEndWith("es/00-intro.md");
    }

    [Fact]
    public void The_epub_has_an_index_document_linking_to_the_marks_and_passes_epubcheck()
    {
        var books = EpubReader.In(_built.Guide.Output);
        var index = books["en"].Text("OEBPS/text/book-index.xhtml");
        index.ShouldContain("<a href=\"01-alpha.xhtml#ix-3\">Module 1 · Who is left out?</a>");
        books["en"].Text("OEBPS/text/02-beta.xhtml").ShouldContain("<a class=\"xref\" href=\"01-alpha.xhtml#fig-chart\">Figure 1.1</a>");
        foreach (var book in books.Values)
        {
            var output = EpubCheck.Run(book.Path);
            output.ShouldContain("No errors or warnings detected");
        }
    }

    [GeneratedRegex("<li class=\"index-entry\"><span class=\"index-term\">([^<]+)</span>")]
    private static partial Regex TermPattern();

    [GeneratedRegex("<h2 id=\"index-[0-9]+-title\">([^<]+)</h2>")]
    private static partial Regex LetterPattern();

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Guide = IndexedGuide.Create();
            Result = Guide.Build("site", "ebox", "epub");
            Result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        }

        public TempGuide Guide { get; }

        public GuideBuilder.Build.BuildResult Result { get; }

        public void Dispose() => Guide.Dispose();
    }
}
