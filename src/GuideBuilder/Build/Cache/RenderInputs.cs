using System.Collections.Concurrent;
using GuideBuilder.Content;
using GuideBuilder.Model;
using GuideBuilder.Targets;
using GuideBuilder.Theme;
using GuideBuilder.Translations;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// Every input a built file depends on, in one place: each key of the <see cref="BuildCache"/> is made
/// here, as a hash of the content of those inputs (never of file times). A feature that makes a page
/// depend on something more (glossary terms, another module's figures or boxes, an index) adds it to
/// the key of what it changes, here and nowhere else; docs/architecture.md lists the inputs.
/// <list type="bullet">
/// <item><see cref="Guide"/>: guide.yml, the text of every other YAML file (each language's glossary.yml), and
/// every other non-module file of the content folder (its path and size: pages name media, and show the size
/// of a resource). Every other key includes it.</item>
/// <item><see cref="Module"/>: one module file's text, path and language.</item>
/// <item><see cref="Page"/>: a module rendered from Markdown: the module, its language's interface strings,
/// the trainer edition, and the link table of its language (every module's file name, id and anchors).</item>
/// <item><see cref="Site"/>: what every HTML file of an output shares: the theme, the interface strings and
/// titles of every language, the output's addressing, the downloads offered (and their sizes).</item>
/// <item><see cref="Navigation"/>: per language, what the navigation and pager show of every page, and whether
/// the edition has a glossary and an index (the navigation links them).</item>
/// <item>Cross-references: a page's key includes every target its cross-references can name in its edition
/// (numbers, titles, places: <c>ReferenceTargets.Fingerprint</c>), with the link table.</item>
/// <item><see cref="Alternates"/>: which page exists in which language in its own words (hreflang, sitemap).</item>
/// <item><see cref="PageFile"/>: one HTML file: the above, its layout and path, and its page's key and state.</item>
/// <item><see cref="SearchIndex"/>: one language's search index: its navigation and its pages' keys.</item>
/// <item><see cref="Deck"/>: one slide deck: its plan and the build's timestamp.</item>
/// </list>
/// </summary>
public sealed class RenderInputs
{
    /// <summary>
    /// Part of every key: the format of the entries (change it when the code writes something else for the same
    /// inputs), and the build of the tool itself, so another version of guide never reads this one's entries.
    /// </summary>
    internal static readonly string Version = "guidebuilder-cache-2 " + typeof(RenderInputs).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly ConcurrentDictionary<(string Language, string RelativePath), string> _modules = new();
    private readonly ConcurrentDictionary<(string Language, string Id), string> _pages = new();
    private readonly ConcurrentDictionary<UiStrings, string> _ui = new(ReferenceEqualityComparer.Instance);

    private RenderInputs(string guide) => Guide = guide;

    /// <summary>The key of the guide-wide inputs: guide.yml and the content folder's other files.</summary>
    public string Guide { get; }

    /// <summary>The inputs of a content folder whose guide.yml reads <paramref name="settingsText"/>.</summary>
    public static RenderInputs For(ContentFolder folder, string? settingsText)
    {
        var hash = new InputHash().Add(Version).Add(settingsText);
        var entries = ThemeFolderWalk.Entries(folder.Root).ToList();
        if (entries.Exists(entry => entry.IsLinkedFolder))
        {
            // A linked folder's files are not walked, so their changes cannot be seen: nothing is taken from the cache.
            hash.Add(Guid.NewGuid().ToString());
        }

        foreach (var path in entries.Select(entry => entry.Path).Order(StringComparer.Ordinal))
        {
            var relative = folder.ToRelative(path);
            if (IsTextSetting(relative))
            {
                // A glossary's text reaches every page that marks one of its terms: its words count, not only its size.
                hash.Add(relative).Add(File.ReadAllText(path));
            }
            else if (!IsModuleFile(relative))
            {
                hash.Add(relative).Add(SizeOf(path));
            }
        }

        return new RenderInputs(hash.ToString());
    }

    /// <summary>A module file read from its text (<see cref="BuildCache.Module(string)"/>).</summary>
    public string Module(string relativePath, string displayPath, string language, string text)
    {
        var key = new InputHash().Add("module").Add(Guide).Add(relativePath).Add(displayPath).Add(language).Add(text).ToString();
        _modules[(language, relativePath)] = key;
        return key;
    }

    /// <summary>The key <see cref="Module"/> gave the module this build.</summary>
    public string ModuleKey(SourceModule module) => _modules[(module.Language, module.RelativePath)];

    /// <summary>The anchors a module's Markdown makes (<see cref="BuildCache.Outline(string)"/>).</summary>
    public string Outline(SourceModule module) => InputHash.Of("outline", ModuleKey(module));

    /// <summary>What another module's links are checked against: each module's file names, id and anchors.</summary>
    public static string LinkTable(IEnumerable<(string FileName, string Id, IReadOnlySet<string> Anchors)> modules, IReadOnlySet<string> unreadable)
    {
        var hash = new InputHash().Add("links");
        foreach (var (fileName, id, anchors) in modules)
        {
            hash.Add(fileName).Add(id).AddAll(anchors.Order(StringComparer.Ordinal));
        }

        return hash.AddAll(unreadable.Order(StringComparer.Ordinal)).ToString();
    }

    /// <summary>A module rendered from Markdown in its own language, remembered for the keys of the files that show it.</summary>
    public string Page(SourceModule module, UiStrings ui, bool trainerEdition, string linkTable)
    {
        var key = new InputHash().Add("page").Add(ModuleKey(module)).Add(Ui(ui)).Add(trainerEdition).Add(linkTable).ToString();
        _pages[(module.Language, module.Id)] = key;
        return key;
    }

    /// <summary>The key of the page as rendered (in the language its text is in).</summary>
    public string PageKey(GuidePage page) => _pages[(page.ContentLanguage, page.Id)];

    public string Ui(UiStrings ui) => _ui.GetOrAdd(ui, strings => new InputHash().Add("ui").Add(strings.Language)
        .AddAll(strings.All.OrderBy(pair => pair.Key, StringComparer.Ordinal).SelectMany(pair => new[] { pair.Key, pair.Value })).ToString());

    /// <summary>What every HTML file of one output shares.</summary>
    public string Site(GuideDocument document, ThemeTemplates theme, string target, bool prettyUrls, string? baseUrl, string? liveReload,
        IReadOnlyList<DownloadFile> downloads)
    {
        var hash = new InputHash().Add("site").Add(Guide).Add(theme.Fingerprint).Add(target).Add(prettyUrls).Add(baseUrl).Add(liveReload)
            .Add(document.TrainerEdition).Add(document.Lead.Language);
        foreach (var edition in document.Editions)
        {
            hash.Add(edition.Language).Add(Ui(edition.Ui)).Add(edition.Title).Add(edition.Subtitle).Add(edition.Licence);
        }

        // A module's own download (its deck) is an input of its page only (PageFile), not of every page.
        foreach (var download in downloads)
        {
            hash.Add(download.Language).Add(download.FileName).Add(download.LabelKey).Add(download.PageId);
            if (download.PageId is null)
            {
                hash.Add(SizeOf(download.SourcePath));
            }
        }

        return hash.ToString();
    }

    /// <summary>
    /// What the navigation, the pager and the home page's list show of one language's pages. Not their
    /// translation state: a page shows only its own (<see cref="PageFile"/>), and which pages show their
    /// source instead is in <see cref="Alternates"/>.
    /// </summary>
    public static string Navigation(GuideEdition edition)
    {
        // The navigation links the glossary and the index when the edition has them.
        var hash = new InputHash().Add("navigation").Add(edition.Language).Add(edition.Glossary.Count > 0).Add(edition.Index.IsEmpty);
        foreach (var page in edition.Pages)
        {
            hash.Add(page.Id).Add(page.Kind.ToString()).Add(page.Number).Add(page.Slug).Add(page.Title).Add(page.ShortTitle).Add(page.TabColor)
                .Add(page.Summary).Add(page.ContentLanguage);
        }

        return hash.ToString();
    }

    /// <summary>Which page each language has in its own words, and where: every page's hreflang links.</summary>
    public static string Alternates(GuideDocument document)
    {
        var hash = new InputHash().Add("alternates");
        foreach (var edition in document.Editions)
        {
            hash.Add(edition.Language).AddAll(edition.Pages.Select(p => $"{p.Id}/{p.Slug}/{p.State.ShowsSource()}"));
        }

        return hash.ToString();
    }

    /// <summary>One HTML file of an output: its layout and path, the shared keys, and its page (and the page's own download) when it shows one.</summary>
    public string PageFile(string site, string navigation, string alternates, string layout, string file, GuidePage? page, DownloadFile? pageDownload) =>
        new InputHash().Add("file").Add(site).Add(navigation).Add(alternates).Add(layout).Add(file)
            .Add(page is null ? null : PageKey(page)).Add(page?.State.ToString())
            .Add(pageDownload is null ? -1 : SizeOf(pageDownload.SourcePath)).ToString();

    /// <summary>One language's search index.</summary>
    public string SearchIndex(GuideEdition edition, bool prettyUrls) =>
        new InputHash().Add("search").Add(Guide).Add(Navigation(edition)).Add(Ui(edition.Ui)).Add(prettyUrls)
            .AddAll(edition.Pages.Select(PageKey)).ToString();

    /// <summary>
    /// A slide deck: its plan (every text and colour on its slides, as JSON with generated metadata: the reflection
    /// that wrote it before emitted and compiled code for each property at every build), the writer's markup and the build's timestamp.
    /// </summary>
    public static string Deck(Targets.Slides.SlideDeck deck, DateTimeOffset timestamp) =>
        InputHash.Of(Version, "deck", Targets.Slides.PptxDeckWriter.Markup, System.Text.Json.JsonSerializer.Serialize(deck, CacheJson.Default.SlideDeck), timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A textbook's layout: one per book, language and page geometry (its content may change: the layout is only where printing starts).</summary>
    public static string Layout(string book, string language, string geometry) => InputHash.Of(Version, "layout", book, language, geometry);

    private static bool IsTextSetting(string relative) =>
        relative.EndsWith(".yml", StringComparison.Ordinal) || relative.EndsWith(".yaml", StringComparison.Ordinal);

    private static bool IsModuleFile(string relative) =>
        relative.EndsWith(".md", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1;

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
