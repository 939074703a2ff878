using System.IO.Compression;
using System.Text;
using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Trainer;

/// <summary>
/// No sentence of any facilitator note reaches the participants: not the site, the E-box, its
/// search index, zip and CD-ROM image, the textbooks, the EPUBs nor the slide decks. The same
/// guide built as the trainer edition has every sentence, so the search looks where they would be.
/// </summary>
public sealed class FacilitatorNoteLeakTests : IClassFixture<FacilitatorNoteLeakTests.Built>
{
    /// <summary>Every sentence of the notes, in the English and the French modules.</summary>
    public static readonly string[] Sentences =
    [
        "Secret trainer note.",
        "Split the room before the break.",
        "Ask who has paid into a fund.",
        "Note secrète du formateur.",
        "Gardez dix minutes pour le bilan.",
    ];

    private readonly Built _built;

    public FacilitatorNoteLeakTests(Built built) => _built = built;

    [Fact]
    public void No_participant_output_holds_a_sentence_of_the_notes()
    {
        var searched = Texts(_built.Participant.Output).ToList();
        searched.Select(t => t.Where).ShouldContain(w => w.EndsWith("search-index.js", StringComparison.Ordinal));
        searched.Select(t => t.Where).ShouldContain(w => w.EndsWith(".pdf", StringComparison.Ordinal));
        searched.Select(t => t.Where).ShouldContain(w => w.Contains(".epub!", StringComparison.Ordinal));
        searched.Select(t => t.Where).ShouldContain(w => w.Contains(".pptx!", StringComparison.Ordinal));
        searched.Select(t => t.Where).ShouldContain(w => w.EndsWith(".iso", StringComparison.Ordinal));
        var leaks = searched.SelectMany(t => Sentences.Where(s => t.Text.Contains(s, StringComparison.Ordinal)).Select(s => $"{t.Where}: {s}")).ToList();
        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void The_trainer_edition_has_every_sentence_in_the_site_the_epub_the_decks_and_the_textbook()
    {
        var texts = Texts(_built.Trainer.Output).ToList();
        foreach (var sentence in Sentences)
        {
            var language = sentence.Contains("formateur", StringComparison.Ordinal) || sentence.Contains("bilan", StringComparison.Ordinal) ? "fr" : "en";
            foreach (var place in new[] { $"site/{language}/01-alpha/index.html", $"-trainer-{language}.epub!", $"slides/{language}/01-alpha-trainer.pptx!", $"-trainer-{language}.pdf" })
            {
                texts.Where(t => t.Where.Contains(place, StringComparison.Ordinal)).ShouldContain(t => t.Text.Contains(sentence, StringComparison.Ordinal), $"{sentence} in {place}");
            }
        }
    }

    /// <summary>The text of every output file: text files as they are, PDFs through pdftotext, zips (EPUB, PPTX, E-box) entry by entry, the CD-ROM image as bytes.</summary>
    private static IEnumerable<(string Where, string Text)> Texts(string output)
    {
        // The build cache holds the modules as read, notes included, like the content folder: it is the
        // build's own, beside the published folders and never inside one (BuildCacheTests).
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                     .Where(f => !Path.GetRelativePath(output, f).StartsWith(BuildCache.FolderName, StringComparison.Ordinal)))
        {
            var where = Path.GetRelativePath(output, file).Replace('\\', '/');
            switch (Path.GetExtension(file))
            {
                case ".pdf":
                    yield return (where, ExternalTool.Run("pdftotext", file, "-").Output);
                    break;
                case ".epub" or ".pptx" or ".zip":
                    foreach (var entry in Entries(file))
                    {
                        yield return ($"{where}!{entry.Name}", entry.Text);
                    }

                    break;
                default:
                    yield return (where, Encoding.UTF8.GetString(File.ReadAllBytes(file)));
                    break;
            }
        }
    }

    private static List<(string Name, string Text)> Entries(string zipFile)
    {
        using var zip = ZipFile.OpenRead(zipFile);
        return [.. zip.Entries.Where(e => e.Length > 0).Select(e =>
        {
            using var stream = e.Open();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return (e.FullName, reader.ReadToEnd());
        })];
    }

    /// <summary>The guide with notes of several sentences in two languages, built for participants and for trainers, in every format.</summary>
    public sealed class Built : IDisposable
    {
        private static readonly string[] Formats = ["site", "ebox", "pdf", "epub", "slides"];

        public Built()
        {
            foreach (var (guide, trainer) in new[] { (Participant, false), (Trainer, true) })
            {
                guide.Replace("en/01-alpha.md", "      Secret trainer note.",
                    "      Secret trainer note. Split the room before the break.\n\n      Ask who has paid into a fund.");
                guide.Replace("fr/01-alpha.md", "      2. Dessinez la carte.\n",
                    "      2. Dessinez la carte.\n    facilitator-notes: |\n      Note secrète du formateur. Gardez dix minutes pour le bilan.\n");
                var result = new GuideBuild(SilentProgress.Instance, new GuideBuilder.Targets.Pdf.ChromiumPdfProducer())
                    .Run(guide.Options(Formats) with { TrainerEdition = trainer });
                result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
            }
        }

        public TempGuide Participant { get; } = new();

        public TempGuide Trainer { get; } = new();

        public void Dispose()
        {
            Participant.Dispose();
            Trainer.Dispose();
        }
    }
}
