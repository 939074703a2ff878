using System.Collections.Concurrent;
using GuideBuilder.Build.Cache;
using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Planner;
using GuideBuilder.Search;
using GuideBuilder.Translations;

namespace GuideBuilder.Targets.Html;

/// <summary>
/// Renders every HTML page of every language edition through the theme: the language choice,
/// each edition's home and module pages, and the search index; used by the site and the E-box.
/// </summary>
public sealed class HtmlPageRenderer(TargetContext context, HtmlTargetOptions options)
{
    private readonly GuideDocument _document = context.Document;
    private readonly Addressing _addressing = new(options.PrettyUrls);

    public Addressing Addressing => _addressing;

    /// <summary>Every page, each one's addresses written by <paramref name="addresses"/> from where the page is.</summary>
    public IReadOnlyList<OutputFile> RenderAll(HtmlAddresses addresses)
    {
        var keys = FileKeys();
        var pages = new List<(string File, string Language, string Layout, Func<PageView> View, string? Key)>
        {
            ("index.html", _document.Lead.Language, "languages", LanguageChoiceView, keys?.For(_document.Lead, "languages", "index.html", null)),
        };
        foreach (var edition in _document.Editions)
        {
            var home = Addressing.HomeFile(edition.Language);
            pages.Add((home, edition.Language, "home", () => HomeView(edition), keys?.For(edition, "home", home, null)));
            pages.AddRange(edition.Pages.Select((page, index) =>
            {
                var file = Addressing.PageFile(edition.Language, page);
                return (file, edition.Language, "module", (Func<PageView>)(() => ModuleView(edition, index)), keys?.For(edition, "module", file, page));
            }));

            // The planner and the glossary page read every module and the glossary: they are rendered every time.
            if (_document.TrainerEdition)
            {
                pages.Add((Addressing.PlannerFile(edition.Language), edition.Language, "planner", () => PlannerView(edition), null));
            }

            if (edition.Glossary.Count > 0)
            {
                pages.Add((Addressing.GlossaryFile(edition.Language), edition.Language, "glossary", () => GlossaryView(edition), null));
            }

            if (!edition.Index.IsEmpty)
            {
                pages.Add((Addressing.IndexFile(edition.Language), edition.Language, "book-index", () => IndexView(edition), null));
            }
        }

        // The search indexes, megabytes each on a big guide, go first: built beside the pages rather than after them, where one core
        // was left idle. The pages are handed out a few at a time (load balancing): a static half each left one core waiting on the other.
        var indexes = _document.Editions.Select(e => (File: $"{e.Language}/{SearchIndexBuilder.FileName}",
            Key: keys is null ? null : context.Inputs!.SearchIndex(e, options.PrettyUrls),
            Render: (Func<(string, IReadOnlyList<string>)>)(() => (SearchIndexBuilder.Build(e, _addressing), [])))).ToList();
        var work = indexes.Concat(pages.Select(p => (p.File, p.Key, Render: (Func<(string, IReadOnlyList<string>)>)(() =>
        {
            var resolver = addresses.From(p.File, p.Language);
            return (context.Theme.Render(p.Layout, p.View(), resolver), ((PageAddressResolver)resolver).UsedAssets);
        })))).ToList();
        var files = Partitioner.Create(work, loadBalance: true).AsParallel().AsOrdered()
            .Select(item => Staged(OutputFile.FromText(item.File, Cached(item.Key, addresses, item.Render))))
            .ToList();
        return [.. files.Skip(indexes.Count), .. files.Take(indexes.Count)];
    }

    /// <summary>The file written to the staging folder at once when the output streams its pages (guide build), else kept (guide serve).</summary>
    private OutputFile Staged(OutputFile file)
    {
        if (context.Stage is null)
        {
            return file;
        }

        context.Stage(file);
        return OutputFile.AlreadyStaged(file.Path);
    }

    /// <summary>The build cache's keys of this output's files, when the build has a cache.</summary>
    private PageFileKeys? FileKeys()
    {
        if (context.Inputs is not { } inputs || context.Cache is null)
        {
            return null;
        }

        var site = inputs.Site(_document, context.Theme, options.TargetName, options.PrettyUrls, options.BaseUrl, context.LiveReloadScript, context.Downloads);
        return new PageFileKeys(inputs, _document, site, context.Downloads);
    }

    /// <summary>A file from the build cache when its key is there, else rendered (and kept); the media it uses are recorded either way.</summary>
    private string Cached(string? key, HtmlAddresses addresses, Func<(string Text, IReadOnlyList<string> Assets)> render)
    {
        if (key is not null && context.Cache?.File(key) is { } hit)
        {
            addresses.UseAll(hit.Assets);
            return hit.Text;
        }

        var (text, assets) = render();
        if (key is not null)
        {
            context.Cache?.File(key, new FileEntry(text, assets));
        }

        return text;
    }

    public PageView LanguageChoiceView()
    {
        var edition = _document.Lead;
        return BaseView(edition, "index") with
        {
            DocumentTitle = edition.Title,
            Description = edition.Subtitle,
            Alternates = Alternates(null),
            Canonical = Absolute("index.html"),
        };
    }

    public PageView NotFoundView()
    {
        var edition = _document.Lead;
        return BaseView(edition, "index") with { DocumentTitle = edition.Ui["page_not_found"] + " – " + edition.Title };
    }

    private PageView HomeView(GuideEdition edition) => BaseView(edition, "index") with
    {
        DocumentTitle = edition.Title,
        Description = edition.Subtitle,
        Next = edition.Pages.Count > 0 ? Nav(edition, edition.Pages[0], false) : null,
        Canonical = Absolute(Addressing.HomeFile(edition.Language)),
        Alternates = Alternates(null),
    };

    private PageView PlannerView(GuideEdition edition) => BaseView(edition, Addressing.PlannerName) with
    {
        DocumentTitle = $"{edition.Ui["workshop_planner"]} – {edition.Title}",
        Planner = WorkshopPlanBuilder.Build(edition, WorkshopPlanBuilder.StandardDays),
        Canonical = Absolute(Addressing.PlannerFile(edition.Language)),
    };

    private PageView GlossaryView(GuideEdition edition) => BaseView(edition, GlossaryPageId) with
    {
        DocumentTitle = $"{edition.Ui["glossary"]} – {edition.Title}",
        Glossary = edition.Glossary,
        Canonical = Absolute(Addressing.GlossaryFile(edition.Language)),
    };

    /// <summary>The glossary page's id among the pages (the language switcher and the navigation's current page).</summary>
    private const string GlossaryPageId = "\0glossary";

    private PageView IndexView(GuideEdition edition) => BaseView(edition, BookIndex.PageId) with
    {
        DocumentTitle = $"{edition.Ui["index"]} – {edition.Title}",
        Canonical = Absolute(Addressing.IndexFile(edition.Language)),
        Index = edition.Index,
    };

    private PageView ModuleView(GuideEdition edition, int index)
    {
        var page = edition.Pages[index];
        var ui = edition.Ui;
        var (notice, kind) = page.State switch
        {
            TranslationState.Missing or TranslationState.InProgress => (ui.Format("missing_translation", ("source", ui.LanguageName(page.ContentLanguage))), "missing"),
            TranslationState.Outdated when _document.Settings.OutdatedNotice => (ui["outdated_translation"], "outdated"),
            _ => ((string?)null, (string?)null),
        };
        var numberLabel = page.IsModule ? ui.Format("module_number", ("number", page.Number)) + ui["label_colon"] + " " : "";
        return BaseView(edition, page.Id) with
        {
            DocumentTitle = $"{numberLabel}{page.Title} – {edition.Title}",
            Description = page.Summary,
            Page = page,
            ContentLangDiffers = page.ContentLanguage != edition.Language,
            Notice = notice,
            NoticeKind = kind,
            Toc = [.. page.Headings.Where(h => h.Level == 2)],
            Previous = index > 0 ? Nav(edition, edition.Pages[index - 1], false) : null,
            Next = index + 1 < edition.Pages.Count ? Nav(edition, edition.Pages[index + 1], false) : null,
            Canonical = Absolute(Addressing.PageFile(edition.Language, page)),
            Alternates = Alternates(page.Id),
            SlideDeck = context.Downloads.FirstOrDefault(d => d.Language == edition.Language && d.PageId == page.Id) is { } deck ? Download(edition, deck) : null,
        };
    }

    private PageView BaseView(GuideEdition edition, string currentId) => new()
    {
        Lang = edition.Language,
        Target = options.TargetName,
        DocumentTitle = edition.Title,
        GuideTitle = edition.Title,
        GuideSubtitle = edition.Subtitle,
        Edition = _document.Settings.Edition,
        Licence = edition.Licence,
        Ui = edition.Ui.All,
        Nav = [.. edition.Pages.Select(p => Nav(edition, p, p.Id == currentId))],
        Languages = [.. _document.Editions.Select(other => LanguageLink(other, currentId, other.Language == edition.Language))],
        Downloads = [.. context.Downloads.Where(d => d.Language == edition.Language && d.PageId is null).Select(d => Download(edition, d))],
        Trainer = _document.TrainerEdition,
        LiveReload = context.LiveReloadScript,
        Home = PageAddress.Home(),
        EditionRoot = EditionFolderAddress.Instance,
        SearchIndex = new EditionFileAddress(SearchIndexBuilder.FileName),
        PlannerPage = _document.TrainerEdition ? new EditionFileAddress(Addressing.PlannerName) : null,
        GlossaryUrl = edition.Glossary.Count > 0 ? new GlossaryAddress() : null,
        IsGlossary = currentId == GlossaryPageId,
        IndexPage = edition.Index.IsEmpty ? null : new PageAddress(BookIndex.PageId),
    };

    private static NavItem Nav(GuideEdition edition, GuidePage page, bool current) => new(
        new PageAddress(page.Id),
        page.Number,
        page.IsModule ? edition.Ui.Format("module_number", ("number", page.Number)) : null,
        page.Title,
        page.ShortTitle,
        page.TabColor,
        page.Summary,
        current,
        page.ContentLanguage == edition.Language ? null : page.ContentLanguage);

    private static LanguageLink LanguageLink(GuideEdition edition, string pageId, bool current)
    {
        var ui = edition.Ui;
        Address url = pageId == GlossaryPageId
            ? edition.Glossary.Count > 0 ? new GlossaryAddress(null, edition.Language) : PageAddress.Home(edition.Language)
            : new PageAddress(pageId == "index" ? null : pageId, null, edition.Language);
        return new LanguageLink(edition.Language, ui["language_name"], url, current,
            edition.Title, ui["start_reading"], ui["page_not_found"], ui["page_not_found_text"], ui["back_to_home"], Anchors(edition.Find(pageId)));
    }

    private static IReadOnlyList<string> Anchors(GuidePage? page) =>
        page is null ? [] : [.. page.Headings.Select(h => h.Id).Concat(page.Exercises.Select(e => "exercise-" + e.Id)).Distinct(StringComparer.Ordinal)];

    /// <summary>hreflang alternates (site only): every edition that has the page in its own language.</summary>
    private List<AlternateLink> Alternates(string? pageId)
    {
        if (options.BaseUrl is null)
        {
            return [];
        }

        return [.. _document.Editions
            .Where(e => pageId is null || e.Find(pageId)?.State.ShowsSource() != true)
            .Select(e => new AlternateLink(e.Language, Absolute(pageId is null ? Addressing.HomeFile(e.Language) : Addressing.PageFile(e.Language, e.Find(pageId)!))!))];
    }

    private string? Absolute(string file)
    {
        if (options.BaseUrl is null)
        {
            return null;
        }

        var path = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return options.BaseUrl + path;
    }

    private static DownloadLink Download(GuideEdition edition, DownloadFile file) =>
        new(new DownloadAddress(file.FileName), edition.Ui[file.LabelKey], FileSizeLabel.For(file.SourcePath), file.FileName[(file.FileName.LastIndexOf('/') + 1)..]);
}
