using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Trainer;

/// <summary>The trainer edition's textbook: its name, its cover and the label at the foot of every text page, read back with pdftotext.</summary>
public sealed class TrainerTextbookTests : IClassFixture<TrainerTextbookTests.Built>
{
    private readonly Built _built;

    public TrainerTextbookTests(Built built) => _built = built;

    private string Book(string language) => Path.Combine(_built.Guide.Output, "pdf", $"mini-guide-trainer-{language}.pdf");

    private static string Page(string file, int page) => ExternalTool.Run("pdftotext", "-f", page.ToString(), "-l", page.ToString(), file, "-").Output;

    private static int Pages(string file) =>
        int.Parse(ExternalTool.Run("pdfinfo", file).Output.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim());

    [Fact]
    public void The_textbooks_are_named_for_the_trainer_edition()
    {
        Directory.GetFiles(Path.Combine(_built.Guide.Output, "pdf")).Select(Path.GetFileName).Order()
            .ShouldBe(["mini-guide-trainer-en.pdf", "mini-guide-trainer-es.pdf", "mini-guide-trainer-fr.pdf"]);
    }

    [Theory]
    [InlineData("en", "Trainer edition")]
    [InlineData("fr", "Édition du formateur")]
    public void The_cover_and_every_page_but_the_module_dividers_show_the_label(string language, string label)
    {
        var book = Book(language);
        Page(book, 1).ShouldContain(label);
        var count = Pages(book);
        count.ShouldBeGreaterThan(8);
        for (var page = 2; page <= count; page++)
        {
            var text = Page(book, page);
            if (!text.Contains(label, StringComparison.Ordinal))
            {
                // A divider fills its page to the edges, without running header or footer.
                text.TrimStart().ShouldStartWith("MODULE", Case.Insensitive, $"page {page} has no '{label}'");
            }
        }
    }

    public sealed class Built : IDisposable
    {
        public Built()
        {
            var result = new GuideBuilder.Build.GuideBuild(GuideBuilder.Build.SilentProgress.Instance, new GuideBuilder.Targets.Pdf.ChromiumPdfProducer())
                .Run(Guide.Options("pdf") with { TrainerEdition = true });
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        }

        public TempGuide Guide { get; } = new();

        public void Dispose() => Guide.Dispose();
    }
}
