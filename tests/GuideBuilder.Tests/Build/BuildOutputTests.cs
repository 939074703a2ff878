using System.Security.Cryptography;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

public sealed class BuildOutputTests
{
    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Two_builds_of_the_same_input_give_the_same_bytes()
    {
        using var guide = new TempGuide();
        guide.Build("site", "ebox").Succeeded.ShouldBeTrue();
        var first = Hashes(guide.Output);
        Directory.Delete(guide.Output, recursive: true);
        Thread.Sleep(2100); // zip timestamps have a two-second grain: a build that took them from the clock would differ
        guide.Build("site", "ebox").Succeeded.ShouldBeTrue();
        var second = Hashes(guide.Output);
        second.Keys.Order().ShouldBe(first.Keys.Order());
        foreach (var (file, hash) in first)
        {
            second[file].ShouldBe(hash, file);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var guide = new TempGuide();
        guide.Build().Succeeded.ShouldBeTrue();
        var before = Hashes(guide.Output);
        guide.Replace("en/02-beta.md", "tab: blue", "tab: bleu");
        var result = guide.Build();
        result.Succeeded.ShouldBeFalse();
        // The build cache may keep what the failed build read and rendered (content-keyed, never published: see DiskCacheTests).
        static Dictionary<string, string> Published(Dictionary<string, string> files) =>
            files.Where(f => !f.Key.StartsWith(GuideBuilder.Build.Cache.BuildCache.FolderName, StringComparison.Ordinal)).ToDictionary();
        Published(Hashes(guide.Output)).ShouldBe(Published(before));
        Directory.Exists(Path.Combine(guide.Output, ".staging")).ShouldBeFalse();
    }

    [Fact]
    public void A_narrowed_build_replaces_only_what_it_built()
    {
        using var guide = new TempGuide();
        guide.Build().Succeeded.ShouldBeTrue();
        var ebox = Hashes(Path.Combine(guide.Output, "ebox"));
        guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        guide.Build("site").Succeeded.ShouldBeTrue();
        Hashes(Path.Combine(guide.Output, "ebox")).ShouldBe(ebox);
        File.ReadAllText(Path.Combine(guide.Output, "site", "en", "02-beta", "index.html")).ShouldContain("Standards matter a lot.");
    }

    [Fact]
    public void Trainer_edition_includes_facilitator_notes()
    {
        using var guide = new TempGuide();
        new GuideBuilder.Build.GuideBuild(GuideBuilder.Build.SilentProgress.Instance).Run(guide.Options("ebox") with { TrainerEdition = true }).Succeeded.ShouldBeTrue();
        File.ReadAllText(Path.Combine(guide.Output, "ebox", "en", "01-alpha", "index.html")).ShouldContain("Secret trainer note");
    }
}
