using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Packages;

/// <summary>
/// The E-box is staged into the folders of the E-box before last (out/.guide-work/previous/), and the
/// CD-ROM image is made from the staged E-box before the commit: a folder no file came into (a module
/// removed since) must not be in the image.
/// </summary>
public sealed class ReusedEboxImageTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private static string Iso(string output) => Path.Combine(output, "packages", "mini-guide-ebox.iso");

    private static List<string> Folders(string iso)
    {
        var (code, output) = ExternalTool.Run("xorriso", "-no_rc", "-indev", iso, "-find", "/", "-type", "d");
        code.ShouldBe(0, output);
        return [.. output.Split('\n').Where(l => l.StartsWith('\'')).Select(l => l.Trim('\'')).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_module_removed_since_the_ebox_before_last_has_no_folder_in_the_image()
    {
        _guide.Build("ebox").Succeeded.ShouldBeTrue();
        _guide.Build("ebox").Succeeded.ShouldBeTrue();
        _guide.Delete("en/02-beta.md");
        _guide.Replace("en/01-alpha.md", "See [beta standards](02-beta.md#the-standards) and", "See");

        var result = _guide.Build("ebox");

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        var fresh = Path.Combine(_guide.Root, "fresh");
        new GuideBuild(SilentProgress.Instance).Run(_guide.Options("ebox") with { OutputDirectory = fresh }).Succeeded.ShouldBeTrue();
        Folders(Iso(_guide.Output)).ShouldBe(Folders(Iso(fresh)));
        Folders(Iso(_guide.Output)).ShouldNotContain(folder => folder.EndsWith("beta", StringComparison.Ordinal));
        File.ReadAllBytes(Iso(_guide.Output)).ShouldBe(File.ReadAllBytes(Iso(fresh)));
    }
}
