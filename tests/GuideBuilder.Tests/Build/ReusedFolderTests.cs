using System.Diagnostics;
using System.Security.Cryptography;
using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// A build stages into the emptied folder tree of the output before last (out/.guide-work/previous/)
/// and keeps its slide decks in out/.guide-work/slides/ while their bytes do not change, instead of
/// creating and deleting hundreds of folders and files each time. What it publishes is byte for byte
/// what a build into an empty folder publishes, whatever the kept folders hold.
/// </summary>
public sealed class ReusedFolderTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private string Work => Path.Combine(_guide.Output, OutputStaging.WorkName);

    private static Dictionary<string, string> Tree(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(
            entry => Path.GetRelativePath(folder, entry),
            entry => Directory.Exists(entry) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry))));

    /// <summary>What a build of the same content into a folder of its own publishes.</summary>
    private Dictionary<string, string> FreshSite()
    {
        var fresh = Path.Combine(_guide.Root, "fresh-" + Guid.NewGuid().ToString("N")[..8]);
        new GuideBuild(SilentProgress.Instance).Run(_guide.Options("site") with { OutputDirectory = fresh }).Succeeded.ShouldBeTrue();
        return Tree(Path.Combine(fresh, "site"));
    }

    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }

    private string PageFolder(string language, string slug) =>
        Directory.EnumerateDirectories(Path.Combine(_guide.Output, "site", language)).Single(d => Path.GetFileName(d).EndsWith(slug, StringComparison.Ordinal));

    [Fact]
    public void The_third_build_stages_into_the_first_builds_folders_and_publishes_the_same_site()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var first = Inode(PageFolder("en", "beta"));
        _guide.Build("site").Succeeded.ShouldBeTrue();
        Inode(PageFolder("en", "beta")).ShouldNotBe(first);

        _guide.Build("site").Succeeded.ShouldBeTrue();

        Inode(PageFolder("en", "beta")).ShouldBe(first);
        Tree(Path.Combine(_guide.Output, "site")).ShouldBe(FreshSite());
    }

    [Fact]
    public void A_module_removed_since_leaves_no_folder_and_an_added_one_gets_its_own()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var removed = Path.GetFileName(PageFolder("en", "beta"));
        _guide.Delete("en/02-beta.md");
        _guide.Replace("en/01-alpha.md", "See [beta standards](02-beta.md#the-standards) and", "See");
        _guide.Write("en/03-gamma.md", "---\nid: gamma\nmodule: 3\ntitle: Gamma module\ntab: blue\n---\n\nNew here.\n");

        var result = _guide.Build("site");

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

        Directory.Exists(Path.Combine(_guide.Output, "site", "en", removed)).ShouldBeFalse();
        PageFolder("en", "gamma").ShouldNotBeNull();
        Tree(Path.Combine(_guide.Output, "site")).ShouldBe(FreshSite());
    }

    [Fact]
    public void What_someone_put_in_the_kept_folders_is_neither_published_nor_followed()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var kept = Path.Combine(Work, "previous", "site");
        Directory.Exists(kept).ShouldBeTrue();
        var outside = Path.Combine(_guide.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        File.WriteAllText(Path.Combine(kept, "en", "planted.html"), "<script>alert(1)</script>");
        File.Delete(Path.Combine(kept, "index.html"));
        var beta = Path.Combine(kept, "en", Path.GetFileName(PageFolder("en", "beta")));
        Directory.Delete(beta, recursive: true);
        Directory.CreateSymbolicLink(beta, outside);
        File.CreateSymbolicLink(Path.Combine(kept, "index.html"), Path.Combine(outside, "keep.txt"));
        var decks = Path.Combine(Work, "slides", "slides", "en");
        var deck = Directory.EnumerateFiles(decks, "*.pptx").First();
        File.CreateSymbolicLink(deck + ".part", Path.Combine(outside, "keep.txt"));
        File.WriteAllText(Path.Combine(decks, "99-stale.pptx"), "not a deck");
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");

        _guide.Build("site").Succeeded.ShouldBeTrue();

        Directory.EnumerateFileSystemEntries(outside).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
        File.ReadAllText(Path.Combine(outside, "keep.txt")).ShouldBe("mine");
        Tree(Path.Combine(_guide.Output, "site")).ShouldBe(FreshSite());
        File.Exists(Path.Combine(decks, "99-stale.pptx")).ShouldBeFalse();
    }

    [Fact]
    public void A_kept_folder_that_is_a_link_out_of_the_output_is_replaced_not_followed()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var outside = Path.Combine(_guide.Root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "site", "en"));
        File.WriteAllText(Path.Combine(outside, "site", "en", "keep.txt"), "mine");
        Directory.Delete(Work, recursive: true);
        Directory.CreateDirectory(Work);
        Directory.CreateSymbolicLink(Path.Combine(Work, "previous"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Work, "slides"), outside);

        _guide.Build("site").Succeeded.ShouldBeTrue();
        _guide.Build("site").Succeeded.ShouldBeTrue();

        File.ReadAllText(Path.Combine(outside, "site", "en", "keep.txt")).ShouldBe("mine");
        Directory.EnumerateFileSystemEntries(outside, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(outside, e)).Order()
            .ShouldBe(["site", Path.Combine("site", "en"), Path.Combine("site", "en", "keep.txt")]);
        Tree(Path.Combine(_guide.Output, "site")).ShouldBe(FreshSite());
    }

    [Fact]
    public void A_kept_tree_that_cannot_be_emptied_costs_only_its_reuse_not_the_build()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        _guide.Build("site").Succeeded.ShouldBeTrue();
        // A name that is not UTF-8: .NET reads it with a replacement character and cannot delete it.
        var folder = Path.Combine(Work, "previous", "site", "en");
        Bash("touch \"$1\"/$'\\xff-planted'", folder);
        try
        {
            Directory.EnumerateFiles(folder).ShouldNotBeEmpty();
            _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");

            for (var build = 0; build < 2; build++)
            {
                var result = _guide.Build("site");
                result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
                Tree(Path.Combine(_guide.Output, "site")).ShouldBe(FreshSite());
            }
        }
        finally
        {
            Bash("rm -f \"$1\"/$'\\xff-planted'", folder);
        }
    }

    private static void Bash(string script, string argument)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script, "bash", argument]))!;
        bash.WaitForExit();
        bash.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void An_unchanged_deck_is_not_written_again_and_an_edited_modules_deck_is()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var decks = Path.Combine(Work, "slides", "slides", "en");
        var alpha = Directory.EnumerateFiles(decks, "*alpha*.pptx").Single();
        var beta = Directory.EnumerateFiles(decks, "*beta*.pptx").Single();
        File.SetLastWriteTimeUtc(alpha, LongAgo);
        File.SetLastWriteTimeUtc(beta, LongAgo);
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module, revised");

        _guide.Build("site").Succeeded.ShouldBeTrue();

        File.GetLastWriteTimeUtc(alpha).ShouldBe(LongAgo);
        File.GetLastWriteTimeUtc(beta).ShouldNotBe(LongAgo);
        var published = Path.Combine(_guide.Output, "site", "downloads", "slides", "en", Path.GetFileName(beta));
        File.ReadAllBytes(published).ShouldBe(File.ReadAllBytes(beta));
    }
}
