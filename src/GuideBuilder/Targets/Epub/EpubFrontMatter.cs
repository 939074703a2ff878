using System.Globalization;
using GuideBuilder.Build;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>The cover and the title page with the imprint, as the printed book opens.</summary>
public static class EpubFrontMatter
{
    public static byte[] Cover(GuideDocument document, GuideEdition edition)
    {
        var ui = edition.Ui;
        using var xhtml = new XhtmlDocument(edition.Language, edition.Title, EpubBook.StyleFile, "cover", "frontmatter");
        xhtml.Start("section").Attribute("class", "cover").Type("cover").Attribute("aria-label", edition.Title);
        xhtml.Start("p").Attribute("class", "cover-band").Attribute("aria-hidden", "true");
        foreach (var page in edition.Pages.Where(p => p.IsModule))
        {
            xhtml.Start("span").Attribute("class", $"cover-stripe tab-{page.Number}").Text("\u00a0").End();
        }

        xhtml.End();
        if (edition.Publisher.Length > 0)
        {
            xhtml.Element("p", edition.Publisher, "cover-publisher");
        }

        xhtml.Element("h1", edition.Title, "cover-title");
        xhtml.Element("p", edition.Subtitle, "cover-subtitle");
        var edition_ = document.Settings.Edition.Length > 0 ? $"{ui["edition"]} {document.Settings.Edition} · " : "";
        xhtml.Element("p", edition_ + ui["language_name"] + (document.TrainerEdition ? " · " + ui["trainer_edition"] : ""), "cover-edition");
        xhtml.End();
        return xhtml.Finish();
    }

    public static byte[] TitlePage(GuideDocument document, GuideEdition edition)
    {
        var ui = edition.Ui;
        using var xhtml = new XhtmlDocument(edition.Language, ui["imprint"], EpubBook.StyleFile, "title-page", "frontmatter");
        xhtml.Start("section").Attribute("class", "titlepage").Type("titlepage").Attribute("aria-labelledby", "title");
        xhtml.Start("h1").Attribute("id", "title").Text(edition.Title).End();
        xhtml.Element("p", edition.Subtitle, "title-subtitle");
        if (document.TrainerEdition)
        {
            xhtml.Element("p", ui["trainer_edition"], "title-edition");
        }

        xhtml.End();
        xhtml.Start("section").Attribute("class", "imprint").Attribute("id", "imprint").Type("copyright-page").Attribute("aria-labelledby", "imprint-title");
        xhtml.Start("h2").Attribute("id", "imprint-title").Text(ui["imprint"]).End();
        if (edition.Publisher.Length > 0)
        {
            xhtml.Element("p", $"{ui["published_by"]}{ui["label_colon"]} {edition.Publisher}");
        }

        var year = BuildClock.Timestamp.Year.ToString(CultureInfo.InvariantCulture);
        xhtml.Element("p", document.Settings.Edition.Length > 0 ? $"{ui["edition"]} {document.Settings.Edition}, {year}" : year);
        if (edition.Licence.Length > 0)
        {
            xhtml.Element("p", edition.Licence, "imprint-licence");
        }

        xhtml.End();
        return xhtml.Finish();
    }
}
