using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>The navigation document: the contents (modules and their sections), the printed textbook's pages (when it was built with the book), and the landmarks; also the book's contents page.</summary>
public static class EpubNavigation
{
    /// <param name="pageList">Each page-break marker (its file and page), in reading order.</param>
    public static byte[] Write(GuideEdition edition, IReadOnlyDictionary<string, string> pageFiles, IReadOnlyList<(string File, string Label)> pageList)
    {
        var ui = edition.Ui;
        using var xhtml = new XhtmlDocument(edition.Language, ui["table_of_contents"], EpubBook.StyleFile, "contents", "frontmatter");
        xhtml.Start("nav").Type("toc").Attribute("role", "doc-toc").Attribute("id", "toc").Attribute("aria-labelledby", "toc-title");
        xhtml.Start("h1").Attribute("id", "toc-title").Text(ui["table_of_contents"]).End();
        xhtml.Start("ol").Attribute("class", "toc");
        foreach (var page in edition.Pages)
        {
            var file = EpubAddressResolver.TextFolder + pageFiles[page.Id];
            var language = page.ContentLanguage == edition.Language ? null : page.ContentLanguage;
            xhtml.Start("li").Attribute("class", $"toc-entry tab-{page.Number}");
            xhtml.Start("a").Attribute("href", file).Language(language)
                .Text(page.IsModule ? $"{ui.Format("module_number", ("number", page.Number))} · {page.Title}" : page.Title).End();
            var sections = page.Headings.Where(h => h.Level == 2).ToList();
            if (sections.Count > 0)
            {
                xhtml.Start("ol");
                foreach (var heading in sections)
                {
                    xhtml.Start("li").Start("a").Attribute("href", $"{file}#{EpubIds.Clean(heading.Id)}").Language(language).Text(heading.Text).End().End();
                }

                xhtml.End();
            }

            xhtml.End();
        }

        if (edition.Glossary.Count > 0)
        {
            xhtml.Start("li").Attribute("class", "toc-entry toc-glossary")
                .Start("a").Attribute("href", EpubAddressResolver.TextFolder + EpubAddressResolver.GlossaryFileName).Text(ui["glossary"]).End().End();
        }

        xhtml.End().End();
        PageList(xhtml, edition, pageList);
        Landmarks(xhtml, edition, pageFiles);
        return xhtml.Finish();
    }

    /// <summary>The printed pages, so a reader can go to "page 23" as in the textbook; hidden as the landmarks are, reading systems offer it themselves.</summary>
    private static void PageList(XhtmlDocument xhtml, GuideEdition edition, IReadOnlyList<(string File, string Label)> pageList)
    {
        if (pageList.Count == 0)
        {
            return;
        }

        xhtml.Start("nav").Type("page-list").Attribute("role", "doc-pagelist").Attribute("aria-label", edition.Ui["page_list"]).Attribute("hidden", "hidden");
        xhtml.Start("ol");
        foreach (var (file, label) in pageList)
        {
            xhtml.Start("li").Start("a").Attribute("href", $"{file}#{XhtmlDocument.PageBreakId(label)}").Text(label).End().End();
        }

        xhtml.End().End();
    }

    private static void Landmarks(XhtmlDocument xhtml, GuideEdition edition, IReadOnlyDictionary<string, string> pageFiles)
    {
        var ui = edition.Ui;
        xhtml.Start("nav").Type("landmarks").Attribute("aria-label", ui["contents"]).Attribute("hidden", "hidden");
        xhtml.Start("ol");
        Landmark(xhtml, "cover", EpubBook.CoverFile, edition.Title);
        Landmark(xhtml, "titlepage", EpubBook.TitleFile, ui["imprint"]);
        Landmark(xhtml, "toc", EpubBook.NavFile + "#toc", ui["table_of_contents"]);
        if (edition.Pages.Count > 0)
        {
            Landmark(xhtml, "bodymatter", EpubAddressResolver.TextFolder + pageFiles[edition.Pages[0].Id], ui["start_reading"]);
        }

        if (edition.Glossary.Count > 0)
        {
            Landmark(xhtml, "glossary", EpubAddressResolver.TextFolder + EpubAddressResolver.GlossaryFileName, ui["glossary"]);
        }

        xhtml.End().End();
    }

    private static void Landmark(XhtmlDocument xhtml, string type, string href, string text) =>
        xhtml.Start("li").Start("a").Type(type).Attribute("href", href).Text(text).End().End();
}
