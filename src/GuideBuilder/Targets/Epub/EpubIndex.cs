using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// The book's index as a document after the modules: each entry links to the places it is marked
/// (labelled by module and section, since an e-book has no fixed pages), with its "see" and "see also".
/// </summary>
public static class EpubIndex
{
    public const string File = "book-index.xhtml";

    public static byte[] Write(GuideEdition edition, IReadOnlyDictionary<string, string> pageFiles)
    {
        var ui = edition.Ui;
        using var xhtml = new XhtmlDocument(edition.Language, ui["index"], "../" + EpubBook.StyleFile, "book-index", "backmatter");
        xhtml.Start("section").Attribute("class", "book-index").Attribute("role", "doc-index").Attribute("aria-labelledby", "index-title");
        xhtml.Start("h1").Attribute("id", "index-title").Text(ui["index"]).End();
        foreach (var letter in edition.Index.Letters)
        {
            xhtml.Start("section").Attribute("class", "index-letter");
            xhtml.Element("h2", letter.Letter);
            xhtml.Start("ul").Attribute("class", "index-entries");
            foreach (var entry in letter.Entries)
            {
                xhtml.Start("li").Attribute("class", "index-entry");
                Entry(xhtml, entry, ui, pageFiles);
                if (entry.SubEntries.Count > 0)
                {
                    xhtml.Start("ul").Attribute("class", "index-subentries");
                    foreach (var sub in entry.SubEntries)
                    {
                        xhtml.Start("li").Attribute("class", "index-subentry");
                        Entry(xhtml, sub, ui, pageFiles);
                        xhtml.End();
                    }

                    xhtml.End();
                }

                xhtml.End();
            }

            xhtml.End().End();
        }

        xhtml.End();
        return xhtml.Finish();
    }

    private static void Entry(XhtmlDocument xhtml, IndexEntry entry, Translations.UiStrings ui, IReadOnlyDictionary<string, string> pageFiles)
    {
        xhtml.Element("span", entry.Term, "index-term");
        for (var i = 0; i < entry.Locators.Count; i++)
        {
            var locator = entry.Locators[i];
            xhtml.Text(i == 0 ? ": " : ui["list_separator"]);
            xhtml.Start("a").Attribute("href", $"{pageFiles[locator.PageId]}#{EpubIds.Clean(locator.Anchor)}").Text(locator.Label).End();
        }

        See(xhtml, ui["index_see"], entry.See, ui);
        See(xhtml, ui["index_see_also"], entry.SeeAlso, ui);
    }

    private static void See(XhtmlDocument xhtml, string label, IReadOnlyList<string> terms, Translations.UiStrings ui)
    {
        if (terms.Count > 0)
        {
            xhtml.Text(". ").Element("em", label).Text(" " + string.Join(ui["list_separator"], terms));
        }
    }
}
