using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>The glossary at the back of the book: a list of terms and definitions, each term with the id its marks link to.</summary>
public static class EpubGlossary
{
    public static byte[] Write(GuideEdition edition, EpubFragmentWriter fragments)
    {
        var ui = edition.Ui;
        using var xhtml = new XhtmlDocument(edition.Language, ui["glossary"], "../" + EpubBook.StyleFile, "glossary", "backmatter");
        xhtml.Start("section").Attribute("class", "glossary").Type("glossary").Attribute("role", "doc-glossary").Attribute("aria-labelledby", "glossary-title");
        xhtml.Start("h1").Attribute("id", "glossary-title").Text(ui["glossary"]).End();
        xhtml.Start("dl").Attribute("class", "glossary-list");
        foreach (var entry in edition.Glossary)
        {
            var language = entry.ContentLanguage == edition.Language ? null : entry.ContentLanguage;
            xhtml.Start("dt").Attribute("id", entry.Anchor).Attribute("class", "glossary-term").Type("glossterm").Language(language);
            xhtml.Start("dfn").Text(entry.Term).End();
            if (entry.Plurals.Count > 0)
            {
                xhtml.Text(" ").Element("span", $"({string.Join(ui["list_separator"], entry.Plurals)})", "glossary-plural");
            }

            xhtml.End();
            xhtml.Start("dd").Attribute("class", "glossary-definition").Type("glossdef").Language(language);
            fragments.Write(xhtml, entry.Definition);
            if (entry.ShowsSource)
            {
                xhtml.Start("p").Attribute("class", "glossary-notice").Language(edition.Language).Text(ui["glossary_untranslated"]).End();
            }

            xhtml.End();
        }

        xhtml.End().End();
        return xhtml.Finish();
    }
}
