using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GuideBuilder.Content;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Model;
using GuideBuilder.Palette;
using GuideBuilder.Planner;
using GuideBuilder.Targets.Html;
using GuideBuilder.Targets.PrintedPages;
using GuideBuilder.Targets.Slides;
using GuideBuilder.Theme;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// document model -> print HTML: the whole book of one language as one HTML file, through the
/// theme's print layout. Every module's ids get its prefix (two modules may both have a
/// "#context" section), and links and files are addressed for a file loaded from disk.
/// </summary>
public sealed partial class PrintBookBuilder(GuideDocument document, ThemeTemplates theme, ContentFolder content,
    Func<string, string>? assetUrl = null, Func<string, string>? themeUrl = null, PrintGeometry? geometry = null)
{
    private readonly PrintGeometry _geometry = geometry ?? PrintGeometry.For(document.Settings.Pdf.PageSize, print: false);

    private readonly Func<string, string> _assetUrl = assetUrl ?? (path => new Uri(content.FullPath(path)).AbsoluteUri);
    private readonly Func<string, string> _themeUrl = themeUrl ?? (name => new Uri(theme.AssetPath(name)).AbsoluteUri);

    public const string TocPlaceholder = "000";

    /// <summary>The anchor of the index at the back of the book (ids of parts start with "p-", so it is never one of theirs).</summary>
    public const string IndexAnchor = "book-index";

    /// <summary>The id of the trainer edition's workshop planner section (layouts/print.sbn-html writes it).</summary>
    public const string PlannerAnchor = "workshop-planner";

    public static string Anchor(string pageId) => "p-" + pageId;

    public static string PageName(GuidePage page) => page.IsModule ? "m-" + page.Number.ToString(CultureInfo.InvariantCulture) : "intro";

    public string Build(GuideEdition edition, BookLayout layout)
    {
        var settings = document.Settings;
        var ui = edition.Ui;
        var marked = edition.Pages.Select(BlockIds.Mark).ToList();
        var parts = marked.Select(page => Part(edition, page.Page, layout)).ToList();
        var toc = edition.Pages.Select(page => Toc(edition, page, layout)).Concat(GlossaryToc(edition, layout)).ToList();
        if (document.TrainerEdition)
        {
            toc.Add(new TocEntry(PlannerAnchor, 0, ui["workshop_planner"], GuideSettings.NeutralTab, false, layout.PageLabels.GetValueOrDefault(PlannerAnchor, TocPlaceholder), null, []));
        }

        if (!edition.Index.IsEmpty)
        {
            toc.Add(new TocEntry(IndexAnchor, 0, ui["index"], GuideSettings.NeutralTab, false, layout.PageLabels.GetValueOrDefault(IndexAnchor, TocPlaceholder), null, []));
        }

        var book = new PrintBook(
            edition.Language,
            ui["language_name"],
            edition.Title,
            edition.Subtitle,
            edition.Publisher,
            settings.Edition,
            edition.Licence,
            GuideBuilder.Build.BuildClock.Timestamp.Year.ToString(CultureInfo.InvariantCulture),
            document.TrainerEdition,
            ui.All,
            [.. edition.Pages.Where(p => p.IsModule).Select(p => p.TabColor)],
            HtmlFragment.Trusted(PageCss(edition)),
            toc,
            parts)
        {
            Glossary = edition.Glossary,
            Index = PrintIndex.For(edition.Index, layout),

            // The book does not link its exercises from the planner: they are a page turn away, and their anchors are the module's own.
            Planner = document.TrainerEdition ? WorkshopPlanBuilder.Build(edition, WorkshopPlanBuilder.StandardDays) with { Linked = false } : null,
        };
        var html = theme.Render("print", book, new PrintAddressResolver(_assetUrl, _themeUrl, layout));
        return MeasuringLinks.AddTo(html, marked.SelectMany(page => page.Blocks.Select(block => BlockAnchor(page.Page.Id, block))));
    }

    /// <summary>Where a block of <see cref="BlockIds"/> is in the print HTML: the part itself for the empty key, else its prefixed id.</summary>
    public static string BlockAnchor(string pageId, string block) => block.Length == 0 ? Anchor(pageId) : SectionAnchor(pageId, block);

    private PrintPart Part(GuideEdition edition, GuidePage page, BookLayout layout)
    {
        var anchor = Anchor(page.Id);
        var notice = page.State switch
        {
            TranslationState.Missing or TranslationState.InProgress => edition.Ui.Format("missing_translation", ("source", edition.Ui.LanguageName(page.ContentLanguage))),
            TranslationState.Outdated when document.Settings.OutdatedNotice => edition.Ui["outdated_translation"],
            _ => null,
        };
        return new PrintPart(
            anchor,
            PageName(page),
            layout.BlankBefore.Contains(anchor),
            page,
            Prefix(page.Body, page.Id),
            [.. page.Voices.Select(v => v with { Quote = Prefix(v.Quote, page.Id) })],
            [.. page.Exercises.Select(e => e with
            {
                Instructions = Prefix(e.Instructions, page.Id),
                FacilitatorNotes = e.FacilitatorNotes is null ? null : Prefix(e.FacilitatorNotes, page.Id),
            })],
            notice,
            page.ContentLanguage == edition.Language ? null : page.ContentLanguage,
            Resources(edition, page));
    }

    /// <summary>The module's slide deck first (every module has one in the E-box and on the site, see <see cref="SlideDeckProducer"/>), then its own resources.</summary>
    private List<PrintResource> Resources(GuideEdition edition, GuidePage page)
    {
        var resources = page.Resources.Select(resource =>
        {
            var path = resource.File is null ? null : Addressing.AssetFile(resource.File.ContentPath);
            return new PrintResource(resource.TypeLabel, resource.Title, resource.Description, resource.Url, path, OnlineCopy(path));
        });
        if (!page.IsModule)
        {
            return [.. resources];
        }

        var ui = edition.Ui;
        var deck = Addressing.DownloadFile(SlideDeckProducer.DownloadName(edition.Language, page.Slug, document.TrainerEdition));
        return [new PrintResource(ui["resource_type_slides"], ui["slides"], ui["slides_description"], null, deck, OnlineCopy(deck)), .. resources];
    }

    private string? OnlineCopy(string? path) => path is null ? null : document.Settings.Site.WebAddressOf(path);

    private static TocEntry Toc(GuideEdition edition, GuidePage page, BookLayout layout)
    {
        string Label(string anchor) => layout.PageLabels.TryGetValue(anchor, out var label) ? label : TocPlaceholder;
        var sections = page.Headings.Where(h => h.Level == 2)
            .Select(h => SectionAnchor(page.Id, h.Id))
            .Zip(page.Headings.Where(h => h.Level == 2), (anchor, heading) => new TocEntry(anchor, 0, heading.Text, page.TabColor, false, Label(anchor), null, []))
            .ToList();
        if (page.Exercises.Count > 0)
        {
            var anchor = SectionAnchor(page.Id, "exercises");
            sections.Add(new TocEntry(anchor, 0, edition.Ui["exercises"] + ": " + string.Join(" · ", page.Exercises.Select(e => e.Title)), page.TabColor, false, Label(anchor), null, []));
        }

        return new TocEntry(Anchor(page.Id), page.Number, page.Title, page.TabColor, page.IsModule, Label(Anchor(page.Id)),
            page.ContentLanguage == edition.Language ? null : page.ContentLanguage, sections);
    }

    private static IEnumerable<TocEntry> GlossaryToc(GuideEdition edition, BookLayout layout) =>
        edition.Glossary.Count == 0 ? []
        : [new TocEntry(GlossarySection, 0, edition.Ui["glossary"], GuideSettings.NeutralTab, false,
            layout.PageLabels.TryGetValue(GlossarySection, out var label) ? label : TocPlaceholder, null, [])];

    public static string SectionAnchor(string pageId, string id) => $"{Anchor(pageId)}--{id}";

    /// <summary>The glossary at the back of the book.</summary>
    public const string GlossarySection = "glossary";

    public static string GlossaryAnchor(string conceptId) => $"{GlossarySection}--{GlossaryAddress.EntryAnchor(conceptId)}";

    /// <summary>Running headers: Chromium cannot carry a title from the page into a margin box (no string-set), so each module gets named page rules with its title written in.</summary>
    private string PageCss(GuideEdition edition)
    {
        var css = new StringBuilder();
        css.Append(_geometry.PageCss());
        var guideTitle = CssString(edition.Title);
        css.Append(CultureInfo.InvariantCulture, $"@page intro:left {{ @top-left {{ content: {guideTitle}; }} }}\n");
        css.Append(CultureInfo.InvariantCulture, $"@page intro:right {{ @top-right {{ content: {CssString(edition.Ui["introduction"])}; }} }}\n");
        foreach (var page in edition.Pages.Where(p => p.IsModule))
        {
            var name = PageName(page);
            var header = CssString(edition.Ui.Format("module_number", ("number", page.Number)) + " · " + page.ShortTitle);
            css.Append(CultureInfo.InvariantCulture, $"@page {name}:left {{ @top-left {{ content: {guideTitle}; }} }}\n");
            css.Append(CultureInfo.InvariantCulture, $"@page {name}:right {{ @top-right {{ content: {header}; color: {TabShades.For(page.TabColor).Text}; }} }}\n");
        }

        if (document.TrainerEdition)
        {
            // The trainer edition says so at the foot of every page, between the folios PDFsharp draws at the outer corners.
            css.Append(CultureInfo.InvariantCulture, $"@page {{ @bottom-center {{ content: {CssString(edition.Ui["trainer_edition"])}; font: 700 8.5pt \"Noto Sans\", \"DejaVu Sans\", sans-serif; color: #7a4f00; }} }}\n");
        }

        css.Append("@page { @top-left { font: 8.5pt \"Noto Sans\", \"DejaVu Sans\", sans-serif; color: #4f5b62; } @top-right { font: 8.5pt \"Noto Sans\", \"DejaVu Sans\", sans-serif; font-weight: 700; } }\n");
        return css.ToString();
    }

    /// <summary>A CSS string inside the page's &lt;style&gt;: '&lt;' is escaped too, so a title cannot close the element.</summary>
    private static string CssString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "\\00003c", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Prefixes the ids of one module's Markdown output and the links to them. Markdig writes every
    /// attribute double-quoted and escapes every quote of the author's text, so the pattern is exact.
    /// </summary>
    private static HtmlFragment Prefix(HtmlFragment html, string pageId)
    {
        var prefix = Anchor(pageId) + "--";
        return html.MapLiterals(literal => LocalHref().Replace(
            IdAttribute().Replace(literal, m => $" id=\"{prefix}{m.Groups[1].Value}\""),
            m => $"href=\"#{prefix}{m.Groups[1].Value}\""));
    }

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex LocalHref();
}
