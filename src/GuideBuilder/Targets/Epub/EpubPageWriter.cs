using System.Globalization;
using GuideBuilder.Model;
using GuideBuilder.Targets.Html;
using GuideBuilder.Targets.PrintedPages;
using GuideBuilder.Targets.Slides;

namespace GuideBuilder.Targets.Epub;

/// <summary>One module (or the introduction) as an XHTML content document, in the order of the site's module page.</summary>
public sealed class EpubPageWriter(GuideEdition edition, EpubFragmentWriter fragments, string? notice, bool trainer)
{
    private Translations.UiStrings Ui => edition.Ui;

    /// <summary>The key of the page's own start among the page breaks (no written id holds a space).</summary>
    public const string PartStart = " start";

    public byte[] Write(GuidePage page) => Write(page, new Dictionary<string, IReadOnlyList<string>>(), out _);

    /// <param name="pageBreaks">The printed pages that begin at each element id (or at <see cref="PartStart"/>).</param>
    /// <param name="written">The pages whose markers were written, in reading order.</param>
    public byte[] Write(GuidePage page, IReadOnlyDictionary<string, IReadOnlyList<string>> pageBreaks, out IReadOnlyList<string> written)
    {
        using var xhtml = new XhtmlDocument(edition.Language, page.Title, "../" + EpubBook.StyleFile, $"page tab-{page.Number}", "bodymatter");
        xhtml.WithPageBreaks(pageBreaks).PageBreaksAt(PartStart);
        if (notice is not null)
        {
            xhtml.Element("p", notice, "translation-notice");
        }

        xhtml.Start("section").Attribute("class", "module").Type("chapter").Attribute("role", "doc-chapter").Attribute("aria-labelledby", "module-title")
            .Language(page.ContentLanguage == edition.Language ? null : page.ContentLanguage);
        Header(xhtml, page);
        Voices(xhtml, page);
        Objectives(xhtml, page);
        xhtml.Start("div").Attribute("class", "module-body");
        fragments.Write(xhtml, page.Body);
        xhtml.End();
        Exercises(xhtml, page);
        KeyMessages(xhtml, page);
        Resources(xhtml, page);
        xhtml.End();
        var bytes = xhtml.Finish();
        written = [.. xhtml.PageBreaks];
        return bytes;
    }

    private void Header(XhtmlDocument xhtml, GuidePage page)
    {
        xhtml.Start("header").Attribute("class", "module-header");
        if (page.IsModule)
        {
            // The numbered tab of the printed book, as a coloured band that flows with the text.
            xhtml.Start("p").Attribute("class", "module-tab");
            xhtml.Element("span", Ui["module"], "module-tab-label").Text(" ");
            xhtml.Element("span", page.Number.ToString(CultureInfo.InvariantCulture), "module-tab-number");
            xhtml.End();
        }

        xhtml.Start("h1").Attribute("id", "module-title").Text(page.Title).End();
        if (page.Summary is { } summary)
        {
            xhtml.Element("p", summary, "module-summary");
        }

        xhtml.End();
    }

    private void Voices(XhtmlDocument xhtml, GuidePage page)
    {
        if (page.Voices.Count == 0)
        {
            return;
        }

        StartSection(xhtml, "voices", Ui["voices"], "epigraph");
        foreach (var voice in page.Voices)
        {
            xhtml.Start("figure").Attribute("class", "voice");
            if (voice.Photo is { } photo)
            {
                fragments.Write(xhtml, Markdown.HtmlFragment.FromChunks(["<img class=\"voice-photo\" alt=\"", Markdown.HtmlText.Escape(voice.PhotoAlt ?? voice.Name), "\" src=\"", photo, "\">"]));
            }

            xhtml.Start("blockquote").Attribute("class", "voice-quote").Start("p");
            fragments.Write(xhtml, voice.Quote);
            xhtml.End().End();
            xhtml.Start("figcaption").Attribute("class", "voice-who");
            xhtml.Element("span", voice.Name, "voice-name");
            if (voice.Role.Length > 0)
            {
                xhtml.Text(", " + voice.Role);
            }

            if (voice.Country.Length > 0)
            {
                xhtml.Text(" — " + voice.Country);
            }

            xhtml.End().End();
        }

        xhtml.End();
    }

    private void Objectives(XhtmlDocument xhtml, GuidePage page)
    {
        if (page.Objectives.Count == 0)
        {
            return;
        }

        StartSection(xhtml, "objectives", Ui["objectives"], "learning-objectives");
        List(xhtml, page.Objectives, null, BlockIds.Objective);
        xhtml.End();
    }

    private void Exercises(XhtmlDocument xhtml, GuidePage page)
    {
        if (page.Exercises.Count == 0)
        {
            return;
        }

        StartSection(xhtml, "exercises", Ui["exercises"], "practices");
        foreach (var exercise in page.Exercises)
        {
            var id = EpubIds.Clean("exercise-" + exercise.Id);
            xhtml.Start("section").Attribute("class", "exercise exercise-" + exercise.Type).Attribute("id", id).Type("practice").Attribute("aria-labelledby", id + "-title");
            xhtml.Element("p", $"{Ui["exercise"]} {page.Number}.{exercise.Number} · {exercise.TypeLabel}" + (exercise.Duration.Length > 0 ? $" · {exercise.Duration}" : ""), "exercise-kind");
            xhtml.Start("h3").Attribute("id", id + "-title").Text(exercise.Title).End();
            if (exercise.Objectives.Count > 0)
            {
                xhtml.Element("h4", Ui["objectives"]);
                List(xhtml, exercise.Objectives, "exercise-objectives");
            }

            if (exercise.Materials.Count > 0)
            {
                xhtml.Start("p").Attribute("class", "exercise-materials").Element("strong", Ui["materials"] + Ui["label_colon"])
                    .Text(" " + string.Join(Ui["list_separator"], exercise.Materials)).End();
            }

            if (exercise.Handout is { } handout)
            {
                xhtml.Start("p").Attribute("class", "exercise-materials").Element("strong", Ui["handout"] + Ui["label_colon"]).Text(" " + (exercise.HandoutName ?? ""));
                fragments.WhereToFind(xhtml, Addressing.AssetFile(handout.ContentPath));
                xhtml.End();
            }

            xhtml.Element("h4", Ui["instructions"]);
            xhtml.Start("div").Attribute("class", "exercise-instructions");
            fragments.Write(xhtml, exercise.Instructions);
            xhtml.End();
            if (exercise.FacilitatorNotes is { } notes)
            {
                xhtml.Start("aside").Attribute("class", "facilitator-notes").Attribute("aria-label", Ui["facilitator_notes"]).Type("tip");
                xhtml.Element("h4", Ui["facilitator_notes"]);
                fragments.Write(xhtml, notes);
                xhtml.End();
            }

            xhtml.End();
        }

        xhtml.End();
    }

    private void KeyMessages(XhtmlDocument xhtml, GuidePage page)
    {
        if (page.KeyMessages.Count == 0)
        {
            return;
        }

        StartSection(xhtml, "key-messages", Ui["key_messages"], null);
        List(xhtml, page.KeyMessages, null, BlockIds.KeyMessage);
        xhtml.End();
    }

    /// <summary>The module's slide deck and its resources, each with where to find it: the book holds no downloads.</summary>
    private void Resources(XhtmlDocument xhtml, GuidePage page)
    {
        if (!page.IsModule && page.Resources.Count == 0)
        {
            return;
        }

        StartSection(xhtml, "resources", Ui["resources"], "learning-resources");
        xhtml.Start("ul").Attribute("class", "resource-list");
        var number = 0;
        if (page.IsModule)
        {
            Resource(xhtml, ++number, Ui["resource_type_slides"], Ui["slides"], Ui["slides_description"], null,
                Addressing.DownloadFile(SlideDeckProducer.DownloadName(edition.Language, page.Slug, trainer)));
        }

        foreach (var resource in page.Resources)
        {
            Resource(xhtml, ++number, resource.TypeLabel, resource.Title, resource.Description, resource.Url,
                resource.File is null ? null : Addressing.AssetFile(resource.File.ContentPath));
        }

        xhtml.End().End();
    }

    private void Resource(XhtmlDocument xhtml, int number, string type, string title, string description, string? url, string? file)
    {
        xhtml.Start("li").Attribute("id", BlockIds.Resource(number));
        xhtml.Start("p").Attribute("class", "resource-title").Element("span", type, "resource-type").Text(" " + title).End();
        if (description.Length > 0)
        {
            xhtml.Element("p", description, "resource-description");
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var web) && web.Scheme is "http" or "https")
        {
            xhtml.Start("p").Attribute("class", "resource-url").Start("a").Attribute("href", url).Text(url).End().End();
        }

        if (file is not null)
        {
            xhtml.Start("p").Attribute("class", "resource-url").Element("span", Path.GetFileName(file), "file-name");
            fragments.WhereToFind(xhtml, file);
            xhtml.End();
        }

        xhtml.End();
    }

    private static void StartSection(XhtmlDocument xhtml, string id, string title, string? type) =>
        xhtml.Start("section").Attribute("class", id).Attribute("id", id).Type(type).Attribute("aria-labelledby", id + "-title")
            .Start("h2").Attribute("id", id + "-title").Attribute("class", "section-title").Text(title).End();

    /// <param name="itemId">The items' ids (<see cref="BlockIds"/>), where printed pages may begin; none for lists the print layout does not number.</param>
    private static void List(XhtmlDocument xhtml, IReadOnlyList<string> items, string? cssClass, Func<int, string>? itemId = null)
    {
        xhtml.Start("ul").Attribute("class", cssClass);
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            xhtml.Start("li").Attribute("id", itemId?.Invoke(index + 1)).Text(item).End();
        }

        xhtml.End();
    }
}
