using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Epub;

/// <summary>Every EPUB of the mini guide (with missing translations) and of the sample passes epubcheck with no error and no warning.</summary>
public sealed class EpubValidityTests
{
    [Fact]
    public void Every_edition_of_the_mini_guide_passes_epubcheck()
    {
        using var guide = new TempGuide();
        guide.Build("epub").Succeeded.ShouldBeTrue();
        AllPass(guide.Output, 3);
    }

    [Fact]
    public void Every_edition_of_the_sample_passes_epubcheck()
    {
        using var guide = new TempGuide(RepoPaths.SampleContent);
        guide.Build("epub").Succeeded.ShouldBeTrue();
        AllPass(guide.Output, 3);
    }

    [Fact]
    public void The_trainer_edition_passes_epubcheck()
    {
        using var guide = new TempGuide();
        var options = guide.Options("epub") with { TrainerEdition = true };
        new GuideBuilder.Build.GuideBuild(GuideBuilder.Build.SilentProgress.Instance, null).Run(options).Succeeded.ShouldBeTrue();
        AllPass(guide.Output, 3);
    }

    private static void AllPass(string output, int books)
    {
        var epubs = EpubReader.In(output);
        epubs.Count.ShouldBe(books);
        foreach (var (_, epub) in epubs)
        {
            var report = EpubCheck.Run(epub.Path);
            report.ShouldContain("No errors or warnings detected.", customMessage: report);
            report.ShouldContain("0 fatals / 0 errors / 0 warnings", customMessage: report);
        }
    }
}
