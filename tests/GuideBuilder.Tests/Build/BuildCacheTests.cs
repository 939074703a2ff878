using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Cli.Serve;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// The build cache never serves a stale file: after each change, a build through the cache writes
/// exactly what a build without it writes, and a save re-renders only what the change touches.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private readonly TempGuide _guide = new();
    private readonly PreviewDecks _decks = new();
    private readonly BuildCache _cache = new();
    private readonly string _theme;
    private readonly string _uiStrings;
    private PreviewBuild? _previous;

    public BuildCacheTests()
    {
        _theme = Path.Combine(_guide.Root, "theme-copy");
        _uiStrings = Path.Combine(_guide.Root, "ui-copy");
        TempGuide.CopyDirectory(RepoPaths.Theme, _theme);
        TempGuide.CopyDirectory(RepoPaths.UiStrings, _uiStrings);
    }

    public void Dispose()
    {
        _decks.Dispose();
        _guide.Dispose();
    }

    private BuildOptions Options => _guide.Options("site") with { ThemeDirectory = _theme, UiStringsDirectory = _uiStrings };

    /// <summary>A build through the cache, checked against one without it.</summary>
    private PreviewBuild CachedBuild()
    {
        var build = PreviewBuild.Run(Options, _previous, _decks, themeChanged: true, _cache);
        build.Failed.ShouldBeFalse(string.Join("\n", build.Diagnostics));
        using var freshDecks = new PreviewDecks();
        var fresh = PreviewBuild.Run(Options, null, freshDecks);
        var texts = build.Files.Values.Where(f => f.Text is not null).ToDictionary(f => f.Path, f => f.Text);
        texts.Keys.Order(StringComparer.Ordinal).ShouldBe(fresh.Files.Values.Where(f => f.Text is not null).Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in fresh.Files.Values.Where(f => f.Text is not null))
        {
            texts[file.Path].ShouldBe(file.Text, $"{file.Path} is stale");
        }

        _previous = build;
        return build;
    }

    private string Page(string path) => _previous!.Files[path].Text!;

    [Fact]
    public void Saving_one_module_renders_that_module_again_and_nothing_else_from_Markdown()
    {
        var first = CachedBuild();
        first.Work.PagesRendered.ShouldBeGreaterThan(3);

        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        var second = CachedBuild();
        second.Work.PagesRendered.ShouldBe(1);
        second.Work.ModulesRead.ShouldBe(1);
        // The beta page in English (and where a translation falls back to it), and the English search index; not every page.
        second.Work.FilesRendered.ShouldBeLessThan(first.Work.FilesRendered / 2);
        Page("en/02-beta/index.html").ShouldContain("Standards matter a lot.");
        second.Changed.ShouldContain("en/02-beta/index.html");
        second.Changed.ShouldNotContain("en/01-alpha/index.html");

        var unchanged = CachedBuild();
        unchanged.Work.ShouldBe(new CacheCounts(0, 0, 0));
    }

    [Fact]
    public void A_cross_reference_follows_the_number_of_the_box_it_names_in_another_module()
    {
        _guide.Delete("fr/01-alpha.md"); // its translation has no such box: the French edition shows the English module
        _guide.Replace("en/01-alpha.md", "::: good-practice Philippines: a fund", "::: good-practice Philippines: a fund {#box-fund}");
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter: see [](ref:box-fund).");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("Box 1.1");

        // A box added before it in module 1 renumbers it: module 2's page, whose own file is unchanged, must follow.
        _guide.Replace("en/01-alpha.md", "::: good-practice Philippines", "::: case-study Before\nA case.\n:::\n\n::: good-practice Philippines");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("Box 1.2");
    }

    [Fact]
    public void A_term_follows_its_glossary_entry_and_the_first_index_mark_reaches_every_page()
    {
        _guide.Write("en/glossary.yml", "coverage:\n  term: coverage\n  definition: Who is protected.\n");
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter for [coverage](term:coverage).");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("Who is protected.");

        // The same length, so only the words tell the change.
        _guide.Replace("en/glossary.yml", "Who is protected.", "Who is insured!!.");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("Who is insured!!.");

        _guide.Replace("en/02-beta.md", "Standards matter for", "{^ Standards}Standards matter for");
        CachedBuild();
        Page("en/01-alpha/index.html").ShouldContain("book-index");
    }

    [Fact]
    public void A_page_that_links_to_a_module_changes_with_that_modules_title()
    {
        CachedBuild();
        _guide.Replace("en/02-beta.md", "title: Beta module", "title: Beta module renamed");
        CachedBuild();
        Page("en/01-alpha/index.html").ShouldContain("Beta module renamed");
    }

    [Fact]
    public void A_page_changes_with_an_anchor_of_another_module_its_link_names()
    {
        CachedBuild();
        // alpha links to 02-beta.md#the-standards: renaming the heading breaks alpha's link, which must be reported again.
        _guide.Replace("en/02-beta.md", "## The standards", "## The norms");
        var broken = PreviewBuild.Run(Options, _previous, _decks, themeChanged: true, _cache);
        broken.Diagnostics.ShouldContain(d => d.Code == "GB012" && d.Location.Path.EndsWith("01-alpha.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_changes_with_the_theme()
    {
        CachedBuild();
        File.AppendAllText(Path.Combine(_theme, "partials", "footer.sbn-html"), "<p>theme edited</p>\n");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("theme edited");
    }

    [Fact]
    public void A_page_changes_with_an_interface_string()
    {
        CachedBuild();
        var en = Path.Combine(_uiStrings, "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("on_this_page: On this page", "on_this_page: In this module", StringComparison.Ordinal));
        CachedBuild();
        Page("en/01-alpha/index.html").ShouldContain("In this module");
    }

    [Fact]
    public void A_page_changes_with_guide_yml()
    {
        CachedBuild();
        _guide.Replace("guide.yml", "en: Mini guide", "en: Mini guide, second edition");
        CachedBuild();
        Page("en/02-beta/index.html").ShouldContain("Mini guide, second edition");
    }

    private BuildResult BuildIntoOut(bool noCache = false)
    {
        var result = new GuideBuild(SilentProgress.Instance).Run(Options with { Formats = ["site", "ebox"], NoCache = noCache });
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return result;
    }

    private Dictionary<string, byte[]> Published() =>
        new[] { "site", "ebox" }.SelectMany(format => Directory.GetFiles(Path.Combine(_guide.Output, format), "*", SearchOption.AllDirectories))
            .ToDictionary(file => Path.GetRelativePath(_guide.Output, file), File.ReadAllBytes);

    private static void ShouldBeTheSame(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs");
        }
    }

    private string CacheFolder => Path.Combine(_guide.Output, BuildCache.FolderName);

    [Fact]
    public void A_second_build_takes_every_page_and_deck_from_the_cache_and_writes_the_same_bytes()
    {
        var cold = BuildIntoOut();
        cold.Work!.FilesRendered.ShouldBeGreaterThan(0);
        cold.Work.DecksWritten.ShouldBeGreaterThan(0);
        var expected = Published();

        var warm = BuildIntoOut();
        warm.Work!.FilesRendered.ShouldBe(0);
        warm.Work.DecksWritten.ShouldBe(0);
        ShouldBeTheSame(Published(), expected);
        expected.Keys.ShouldNotContain(path => path.Contains(BuildCache.FolderName, StringComparison.Ordinal));
        Directory.Exists(CacheFolder).ShouldBeTrue();
    }

    [Fact]
    public void No_cache_builds_everything_and_leaves_no_cache()
    {
        var result = BuildIntoOut(noCache: true);
        result.Work.ShouldBeNull();
        Directory.Exists(CacheFolder).ShouldBeFalse();
    }

    [Fact]
    public void A_corrupt_or_truncated_cache_is_ignored_and_rebuilt()
    {
        var cold = BuildIntoOut();
        var expected = Published();
        var entries = Directory.GetFiles(CacheFolder, "*", SearchOption.AllDirectories);
        entries.Length.ShouldBeGreaterThan(0);
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            // Truncated, a flipped byte in the payload, or garbage.
            File.WriteAllBytes(entries[i], (i % 3) switch
            {
                0 => bytes[..(bytes.Length / 2)],
                1 => [.. bytes[..^1], (byte)(bytes[^1] ^ 0x5A)],
                _ => "not a cache entry"u8.ToArray(),
            });
        }

        var rebuilt = BuildIntoOut();
        rebuilt.Work!.FilesRendered.ShouldBe(cold.Work!.FilesRendered);
        // Not an exact count: decks of the same plan (a language showing the source's module) share one entry, written by whichever comes first.
        rebuilt.Work.DecksWritten.ShouldBeGreaterThan(0);
        ShouldBeTheSame(Published(), expected);
    }

    [Fact]
    public void A_warm_build_after_an_edit_renders_again_what_the_edit_changed()
    {
        BuildIntoOut();
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        var warm = BuildIntoOut();
        warm.Work!.FilesRendered.ShouldBeGreaterThan(0);
        File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "02-beta", "index.html")).ShouldContain("Standards matter a lot.");
        var expected = Published();
        BuildIntoOut(noCache: true);
        ShouldBeTheSame(Published(), expected);
    }
}
