using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// A rebuild leaves the files whose bytes did not change as they were, date included, so that a
/// sync to the web server or the USB master copies only what changed; and it never trusts them blindly.
/// </summary>
public sealed class UnchangedOutputTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private string Site => Path.Combine(_guide.Output, "site");

    private string[] SiteFiles() => [.. Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private void AgeEveryFile()
    {
        foreach (var file in SiteFiles())
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static string ModulePage(string site, string language, string slug) =>
        Directory.EnumerateFiles(Path.Combine(site, language), "index.html", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)!).EndsWith(slug, StringComparison.Ordinal));

    [Fact]
    public void A_rebuild_of_the_same_content_keeps_every_file_with_its_date()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        AgeEveryFile();

        _guide.Build("site").Succeeded.ShouldBeTrue();

        SiteFiles().ShouldNotBeEmpty();
        SiteFiles().Where(f => File.GetLastWriteTimeUtc(f) != LongAgo).ShouldBeEmpty();
    }

    [Fact]
    public void An_edited_module_rewrites_its_page_and_leaves_the_others_alone()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        AgeEveryFile();
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a great deal.");

        _guide.Build("site").Succeeded.ShouldBeTrue();

        var beta = ModulePage(Site, "en", "beta");
        File.ReadAllText(beta).ShouldContain("Standards matter a great deal.");
        File.GetLastWriteTimeUtc(beta).ShouldNotBe(LongAgo);
        File.GetLastWriteTimeUtc(ModulePage(Site, "en", "alpha")).ShouldBe(LongAgo);
        File.GetLastWriteTimeUtc(ModulePage(Site, "fr", "alpha")).ShouldBe(LongAgo);
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_output_is_written_again_even_with_the_same_size()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var alpha = ModulePage(Site, "en", "alpha");
        var built = File.ReadAllText(alpha);
        File.WriteAllText(alpha, built.Replace("<main", "<mAin", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(alpha, LongAgo);

        _guide.Build("site").Succeeded.ShouldBeTrue();

        File.ReadAllText(alpha).ShouldBe(built);
    }

    [Fact]
    public void A_previous_file_that_is_a_symbolic_link_out_of_the_output_is_never_kept_or_linked_to()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var alpha = ModulePage(Site, "en", "alpha");
        var built = File.ReadAllText(alpha);
        // The same bytes, but outside out/: keeping the link, or a hard link to its target, would publish a file the build does not own.
        var outside = Path.Combine(_guide.Root, "outside.html");
        File.WriteAllText(outside, built);
        File.Delete(alpha);
        File.CreateSymbolicLink(alpha, outside);

        _guide.Build("site").Succeeded.ShouldBeTrue();

        new FileInfo(alpha).LinkTarget.ShouldBeNull();
        File.ReadAllText(alpha).ShouldBe(built);
        File.AppendAllText(outside, "changed outside");
        File.ReadAllText(alpha).ShouldBe(built);
    }

    [Fact]
    public void A_previous_folder_that_is_a_symbolic_link_out_of_the_output_never_makes_the_new_files_names_of_files_outside()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var english = Path.Combine(Site, "en");
        var outside = Path.Combine(_guide.Root, "outside-en");
        TempGuide.CopyDirectory(english, outside);
        Directory.Delete(english, recursive: true);
        Directory.CreateSymbolicLink(english, outside);
        var alpha = ModulePage(outside, "", "alpha");
        var built = File.ReadAllText(alpha);

        _guide.Build("site").Succeeded.ShouldBeTrue();

        new DirectoryInfo(english).LinkTarget.ShouldBeNull();
        File.AppendAllText(alpha, "changed outside");
        File.ReadAllText(ModulePage(Site, "en", "alpha")).ShouldBe(built);
    }

    [Fact]
    public void A_file_removed_from_the_guide_leaves_the_output()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var stray = Path.Combine(Site, "en", "left-over.html");
        File.WriteAllText(stray, "from a module that no longer exists");

        _guide.Build("site").Succeeded.ShouldBeTrue();

        File.Exists(stray).ShouldBeFalse();
    }
}
