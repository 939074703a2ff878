using System.Security.Cryptography;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>The swap of the new output into out/ is all or nothing, and leaves no work folders.</summary>
public sealed class OutputCommitTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void When_one_format_cannot_be_replaced_none_is_and_no_old_folder_remains()
    {
        _guide.Build("site", "ebox").Succeeded.ShouldBeTrue();
        // A file where the site folder goes: the last format to move (formats move in name order) cannot.
        Directory.Delete(Path.Combine(_guide.Output, "site"), recursive: true);
        File.WriteAllText(Path.Combine(_guide.Output, "site"), "in the way");
        var ebox = Hashes(Path.Combine(_guide.Output, "ebox"));
        var packages = Hashes(Path.Combine(_guide.Output, "packages"));
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");

        var result = _guide.Build("site", "ebox");

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.OutputNotWritable);
        Hashes(Path.Combine(_guide.Output, "ebox")).ShouldBe(ebox);
        Hashes(Path.Combine(_guide.Output, "packages")).ShouldBe(packages);
        File.ReadAllText(Path.Combine(_guide.Output, "site")).ShouldBe("in the way");
        // The build cache may keep what the failed build rendered (content-keyed, never published); no other work file may stay.
        Directory.EnumerateFileSystemEntries(_guide.Output).Select(Path.GetFileName).Where(name => name != GuideBuilder.Build.Cache.BuildCache.FolderName).Order()
            .ShouldBe([".guide-work", ".guidebuilder-output", "ebox", "packages", "site"]);
    }
}
