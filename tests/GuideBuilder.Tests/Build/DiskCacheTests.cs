using System.Text;
using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// <c>guide build</c> keeps modules read, outlines and pages rendered from Markdown in out/.guide-cache/: a warm
/// build of an unchanged guide does none of that work again, and after any change it writes exactly the bytes
/// that a build without the cache writes.
/// </summary>
public sealed class DiskCacheTests : IDisposable
{
    private static readonly string[] Formats = ["site", "ebox"];
    private readonly TempGuide _guide = new();
    private readonly string _theme;
    private readonly string _uiStrings;

    public DiskCacheTests()
    {
        _theme = Path.Combine(_guide.Root, "theme-copy");
        _uiStrings = Path.Combine(_guide.Root, "ui-copy");
        TempGuide.CopyDirectory(RepoPaths.Theme, _theme);
        TempGuide.CopyDirectory(RepoPaths.UiStrings, _uiStrings);
    }

    public void Dispose() => _guide.Dispose();

    private string CachePath => Path.Combine(_guide.Output, BuildCache.FolderName);

    private string FreshOutput => Path.Combine(_guide.Root, "fresh");

    private BuildOptions Options => _guide.Options(Formats) with { ThemeDirectory = _theme, UiStringsDirectory = _uiStrings };

    private BuildResult Build(bool noCache = false, string? output = null)
    {
        var result = new GuideBuild(SilentProgress.Instance).Run(Options with { NoCache = noCache, OutputDirectory = output ?? _guide.Output });
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static Dictionary<string, byte[]> Published(string output) =>
        Formats.SelectMany(format => Directory.GetFiles(Path.Combine(output, format), "*", SearchOption.AllDirectories))
            .ToDictionary(file => Path.GetRelativePath(output, file), File.ReadAllBytes);

    private static void ShouldBeTheSame(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} is stale");
        }
    }

    /// <summary>A build through the cache, checked file by file against a build without it into another folder.</summary>
    private BuildResult WarmBuildWritesWhatAColdBuildWrites()
    {
        var warm = Build();
        Build(noCache: true, output: FreshOutput);
        ShouldBeTheSame(Published(_guide.Output), Published(FreshOutput));
        return warm;
    }

    private int ModuleFiles => new[] { "en", "fr", "es" }.Sum(language => Directory.GetFiles(_guide.PathOf(language), "*.md").Length);

    private string[] Entries(string kind) =>
        Directory.Exists(Path.Combine(CachePath, kind)) ? Directory.GetFiles(Path.Combine(CachePath, kind), "*", SearchOption.AllDirectories) : [];

    [Fact]
    public void A_second_build_of_an_unchanged_guide_reads_parses_and_renders_nothing_and_writes_the_same_bytes_as_a_build_without_cache()
    {
        var cold = Build();
        cold.Work!.ModulesRead.ShouldBe(ModuleFiles);
        cold.Work.OutlinesParsed.ShouldBe(ModuleFiles);
        cold.Work.PagesRendered.ShouldBeGreaterThan(0);
        Entries("modules").Length.ShouldBe(ModuleFiles);
        Entries("outlines").Length.ShouldBe(ModuleFiles);
        Entries("pages").Length.ShouldBe(cold.Work.PagesRendered);

        var warm = WarmBuildWritesWhatAColdBuildWrites();
        warm.Work.ShouldBe(new CacheCounts(0, 0, 0, 0, 0));
    }

    [Fact]
    public void Editing_one_module_reads_and_renders_only_that_module_and_the_cache_keeps_only_its_new_entries()
    {
        Build();
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        var warm = WarmBuildWritesWhatAColdBuildWrites();
        warm.Work!.ModulesRead.ShouldBe(1);
        warm.Work.OutlinesParsed.ShouldBe(1);
        warm.Work.PagesRendered.ShouldBe(1);
        File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "02-beta", "index.html")).ShouldContain("Standards matter a lot.");
        // The old entries of the module went in the save: the cache holds one build.
        Entries("modules").Length.ShouldBe(ModuleFiles);
        Entries("outlines").Length.ShouldBe(ModuleFiles);
    }

    [Fact]
    public void A_new_anchor_in_one_module_renders_again_the_pages_whose_links_are_checked_against_it()
    {
        Build();
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter.\n\n## A new section");
        var warm = WarmBuildWritesWhatAColdBuildWrites();
        warm.Work!.ModulesRead.ShouldBe(1);
        // Not only beta: alpha links to it (as does each edition that shows it: the link table is one per edition).
        warm.Work.PagesRendered.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_renamed_heading_breaks_the_link_of_a_module_that_was_taken_from_the_cache_and_the_fix_builds_from_the_failed_builds_entries()
    {
        Build();
        _guide.Replace("en/02-beta.md", "## The standards", "## The norms");
        var result = new GuideBuild(SilentProgress.Instance).Run(Options);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == "GB012" && d.Location.Path.EndsWith("01-alpha.md", StringComparison.Ordinal));

        // The failed build's entries are whole: once the link is fixed, the next build writes what a build without the cache writes.
        _guide.Replace("en/01-alpha.md", "02-beta.md#the-standards", "02-beta.md#the-norms");
        WarmBuildWritesWhatAColdBuildWrites().Work!.ModulesRead.ShouldBe(1);
    }

    [Fact]
    public void A_cross_reference_follows_the_number_of_a_box_in_another_module()
    {
        _guide.Delete("fr/01-alpha.md");
        _guide.Replace("en/01-alpha.md", "::: good-practice Philippines: a fund", "::: good-practice Philippines: a fund {#box-fund}");
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter: see [](ref:box-fund).");
        Build();
        _guide.Replace("en/01-alpha.md", "::: good-practice Philippines", "::: case-study Before\nA case.\n:::\n\n::: good-practice Philippines");
        WarmBuildWritesWhatAColdBuildWrites();
        File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "02-beta", "index.html")).ShouldContain("Box 1.2");
    }

    public static TheoryData<string> Changes => ["module", "heading", "ui string", "ui string of a page", "guide.yml", "theme", "glossary", "media file"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_stale_page_never_survives_a_change(string change)
    {
        Build();
        var before = Published(_guide.Output);
        switch (change)
        {
            case "module":
                _guide.Replace("fr/01-alpha.md", "## ", "Un paragraphe ajouté.\n\n## ");
                break;
            case "heading":
                // The link's text stays; its target is checked against the heading's new anchor.
                _guide.Replace("en/02-beta.md", "## The standards", "## The standards {#the-standards}\n\n## More");
                break;
            case "ui string":
                var en = Path.Combine(_uiStrings, "en.yml");
                File.WriteAllText(en, File.ReadAllText(en).Replace("on_this_page: On this page", "on_this_page: In this module", StringComparison.Ordinal));
                break;
            case "ui string of a page":
                // Written into the rendered Markdown (an exercise's duration), not only by the theme.
                var strings = Path.Combine(_uiStrings, "en.yml");
                File.WriteAllText(strings, File.ReadAllText(strings).Replace("duration_minutes: \"{minutes} min\"", "duration_minutes: \"{minutes} minutes\"", StringComparison.Ordinal));
                break;
            case "guide.yml":
                _guide.Replace("guide.yml", "en: Mini guide", "en: Mini guide, second edition");
                break;
            case "theme":
                File.AppendAllText(Path.Combine(_theme, "partials", "footer.sbn-html"), "<p>theme edited</p>\n");
                break;
            case "glossary":
                _guide.Write("en/glossary.yml", "coverage:\n  term: coverage\n  definition: Who is protected.\n");
                break;
            case "media file":
                // The same name, another size: the handout's size is shown on the page.
                _guide.WriteBytes("media/handouts/map-gaps.pdf", [.. File.ReadAllBytes(_guide.PathOf("media/handouts/map-gaps.pdf")), .. new byte[5000]]);
                break;
        }

        WarmBuildWritesWhatAColdBuildWrites();
        Published(_guide.Output).ShouldContain(file => !before.ContainsKey(file.Key) || !before[file.Key].SequenceEqual(file.Value), $"the {change} changed no output");
    }

    [Fact]
    public void A_corrupt_truncated_or_misshapen_entry_and_garbage_files_are_ignored()
    {
        var cold = Build();
        var expected = Published(_guide.Output);
        var folder = new CacheFolder(CachePath);
        var entries = new[] { "modules", "outlines", "pages" }.SelectMany(Entries).ToArray();
        entries.Length.ShouldBeGreaterThan(0);
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            var kind = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(entries[i])))!;
            var key = Path.GetFileName(entries[i]);
            switch (i % 4)
            {
                case 0:
                    File.WriteAllBytes(entries[i], bytes[..(bytes.Length / 2)]);
                    break;
                case 1:
                    File.WriteAllBytes(entries[i], [.. bytes[..^1], (byte)(bytes[^1] ^ 0x5A)]);
                    break;
                case 2:
                    // Whole and with the right checksum, but not an entry of this kind.
                    folder.Write(kind, key, "{\"Page\":{\"Id\":\"x\"},\"Anchors\":[1]}"u8.ToArray());
                    break;
                default:
                    folder.Write(kind, key, "[1, 2, \"garbage\""u8.ToArray());
                    break;
            }
        }

        File.WriteAllText(Path.Combine(CachePath, "garbage.txt"), "not a cache entry");
        Directory.CreateDirectory(Path.Combine(CachePath, "pages", "zz"));
        File.WriteAllText(Path.Combine(CachePath, "pages", "zz", "not-a-key"), "garbage");

        var rebuilt = Build();
        rebuilt.Work!.ModulesRead.ShouldBeGreaterThan(0);
        rebuilt.Work.ModulesRead.ShouldBeLessThanOrEqualTo(cold.Work!.ModulesRead);
        ShouldBeTheSame(Published(_guide.Output), expected);

        // The rebuilt entries are whole again.
        var again = Build();
        again.Work.ShouldBe(new CacheCounts(0, 0, 0, 0, 0));
        ShouldBeTheSame(Published(_guide.Output), expected);
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_the_cache()
    {
        Build();
        // Entries that say something else under the right keys, with the right checksums: only a build that reads them shows it.
        var folder = new CacheFolder(CachePath);
        foreach (var kind in new[] { "pages", "files" })
        {
            foreach (var entry in Entries(kind))
            {
                var payload = folder.Read(kind, Path.GetFileName(entry));
                payload.ShouldNotBeNull();
                var text = Encoding.UTF8.GetString(payload).Replace("Standards matter.", "Poisoned entry.", StringComparison.Ordinal);
                folder.Write(kind, Path.GetFileName(entry), Encoding.UTF8.GetBytes(text));
            }
        }

        var snapshot = Snapshot();
        var result = Build(noCache: true);
        result.Work.ShouldBeNull();
        Snapshot().ShouldBe(snapshot);
        BetaPage().ShouldContain("Standards matter.");
        BetaPage().ShouldNotContain("Poisoned entry.");

        // The same entries are read by a build with the cache: the test above can fail.
        Build();
        BetaPage().ShouldContain("Poisoned entry.");
    }

    private string BetaPage() => File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "02-beta", "index.html"));

    private List<string> Snapshot() =>
        [.. Directory.GetFiles(CachePath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => $"{file} {File.GetLastWriteTimeUtc(file).Ticks} {Convert.ToHexString(File.ReadAllBytes(file))}")];

    [Fact]
    public void A_cache_folder_linked_out_of_the_output_is_neither_written_nor_pruned()
    {
        Build();
        var outside = Path.Combine(_guide.Root, "documents");
        Directory.CreateDirectory(Path.Combine(outside, "ab"));
        File.WriteAllText(Path.Combine(outside, "ab", "abcdef"), "someone's file");
        var pages = Path.Combine(CachePath, "pages");
        Directory.Delete(pages, recursive: true);
        Directory.CreateSymbolicLink(pages, outside);
        var modules = Path.Combine(CachePath, "modules");
        Directory.Delete(modules, recursive: true);
        foreach (var prefix in Enumerable.Range(0, 256).Select(i => i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Directory.CreateDirectory(modules);
            Directory.CreateSymbolicLink(Path.Combine(modules, prefix), Path.Combine(outside, "ab"));
        }

        var again = Build();

        again.Work!.PagesRendered.ShouldBeGreaterThan(0, "the pages' cache is out of reach: they are rendered");
        again.Work.ModulesRead.ShouldBeGreaterThan(0, "the module entries are gone, so every module is read and its entry written");
        Directory.GetFiles(outside, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outside, f)).ShouldBe([Path.Combine("ab", "abcdef")]);
        File.ReadAllText(Path.Combine(outside, "ab", "abcdef")).ShouldBe("someone's file");
        ShouldBeTheSame(Published(_guide.Output), Published(FreshBuild()));
    }

    private string FreshBuild()
    {
        Build(noCache: true, output: FreshOutput);
        return FreshOutput;
    }
}
