using System.Xml.Linq;
using GuideBuilder.Model;
using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets.Site;

/// <summary>sitemap.xml with every page that is in its own language, and its translations as alternates.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Build(GuideDocument document, string baseUrl)
    {
        string Url(string file) => baseUrl + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

        var urls = new List<XElement>();
        foreach (var edition in document.Editions)
        {
            urls.Add(new XElement(Ns + "url", new XElement(Ns + "loc", Url(Addressing.HomeFile(edition.Language)))));
            foreach (var page in edition.Pages.Where(p => !p.State.ShowsSource()))
            {
                var alternates = document.Editions
                    .Where(e => e.Find(page.Id) is { } other && !other.State.ShowsSource())
                    .Select(e => new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", e.Language),
                        new XAttribute("href", Url(Addressing.PageFile(e.Language, e.Find(page.Id)!)))));
                urls.Add(new XElement(Ns + "url", new XElement(Ns + "loc", Url(Addressing.PageFile(edition.Language, page))), alternates));
            }

            if (edition.Glossary.Count > 0)
            {
                urls.Add(new XElement(Ns + "url", new XElement(Ns + "loc", Url(Addressing.GlossaryFile(edition.Language)))));
            }
        }

        var root = new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }
}
