using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;
using PdfSharp.Pdf;

namespace GuideBuilder.Tests.Planner;

/// <summary>The trainer edition's handout pack: every PDF handout of a language in one file, in book order.</summary>
public sealed class HandoutPackTests : IDisposable
{
    private readonly TempGuide _guide = PlannerGuide.Create();

    public HandoutPackTests()
    {
        GuideBuilder.Targets.Pdf.PdfSharpSetup.Ensure();
        _guide.WriteBytes("media/handouts/map-gaps.pdf", Pdf(2));
        _guide.WriteBytes("media/handouts/check.pdf", Pdf(3));
        _guide.Replace("en/02-beta.md", "      Compare the two standards.\n", "      Compare the two standards.\n    handout: media/handouts/check.pdf\n");
    }

    public void Dispose() => _guide.Dispose();

    private static byte[] Pdf(int pages)
    {
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            document.AddPage();
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private BuildResult BuildTrainer() => new GuideBuild(SilentProgress.Instance).Run(_guide.Options("ebox") with { TrainerEdition = true });

    private string Pack(string language) => Path.Combine(_guide.Output, "packages", $"mini-guide-trainer-handouts-{language}.pdf");

    private static int Pages(string pdf)
    {
        var (code, output) = ExternalTool.Run("pdfinfo", pdf);
        code.ShouldBe(0, output);
        return int.Parse(output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Each_language_gets_one_pdf_with_the_pages_of_its_handouts()
    {
        var result = BuildTrainer();
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        Pages(Pack("en")).ShouldBe(5); // 2 pages from module 1, 3 from module 2
        Pages(Pack("fr")).ShouldBe(3); // the French module 1 names no handout; module 2 is the English one
        var outline = ExternalTool.Run("qpdf", "--json", "--json-key=outlines", Pack("en")).Output;
        outline.ShouldContain("Exercise 1.1 – Map the gaps");
        outline.ShouldContain("Exercise 2.1 – Check the standards");
        var check = ExternalTool.Run("qpdf", "--check", Pack("en"));
        check.Code.ShouldBe(0, check.Output);
    }

    [Fact]
    public void The_same_handouts_give_the_same_bytes()
    {
        BuildTrainer().Succeeded.ShouldBeTrue();
        var first = File.ReadAllBytes(Pack("en"));
        BuildTrainer().Succeeded.ShouldBeTrue();
        File.ReadAllBytes(Pack("en")).ShouldBe(first);
    }

    [Fact]
    public void A_handout_that_is_not_a_readable_pdf_is_left_out_with_a_warning()
    {
        _guide.WriteBytes("media/handouts/map-gaps.pdf", "%PDF-1.4\n% not really\n"u8.ToArray());
        var result = BuildTrainer();
        result.Succeeded.ShouldBeTrue();
        var warning = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.HandoutUnreadable).ShouldHaveSingleItem();
        warning.IsError.ShouldBeFalse();
        warning.Location.Path.ShouldEndWith("en/01-alpha.md");
        warning.Message.ShouldContain("'map-gaps.pdf'");
        Pages(Pack("en")).ShouldBe(3);
    }

    [Fact]
    public void The_participant_edition_has_no_handout_pack()
    {
        new GuideBuild(SilentProgress.Instance).Run(_guide.Options("ebox")).Succeeded.ShouldBeTrue();
        Directory.GetFiles(Path.Combine(_guide.Output, "packages")).ShouldAllBe(f => !f.Contains("handouts", StringComparison.Ordinal));
    }
}
