using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets.Site;

/// <summary>
/// The online website: pretty URLs, canonical and hreflang links from <c>site.base-url</c>,
/// a sitemap and a 404 page that works at any depth. The trainer edition's site stays out of
/// search engines: its pages say noindex (theme), robots.txt disallows everything, and it has no
/// sitemap and no canonical or hreflang links, which would point at the public site.
/// </summary>
public sealed class SiteTarget : IOutputTarget
{
    public string Name => "site";

    public IReadOnlyList<OutputFile> Render(TargetContext context)
    {
        var baseUrl = context.Document.Settings.Site.NormalizedBaseUrl;
        var trainer = context.Document.TrainerEdition;
        var renderer = new HtmlPageRenderer(context, new HtmlTargetOptions(Name, PrettyUrls: true, trainer ? null : baseUrl));
        var addresses = new HtmlAddresses(context.Document, renderer.Addressing);
        var files = renderer.RenderAll(addresses).ToList();

        // The 404 page is served at any depth, so it links from the site's root path.
        var absolute = new HtmlAddresses(context.Document, Addressing.Absolute(new Uri(new Uri("https://host"), baseUrl).AbsolutePath));
        files.Add(OutputFile.FromText("404.html", context.Theme.Render("not-found", renderer.NotFoundView(), absolute.From("404.html", context.Document.Lead.Language))));
        if (trainer)
        {
            files.Add(OutputFile.FromText("robots.txt", "User-agent: *\nDisallow: /\n"));
        }
        else
        {
            files.Add(OutputFile.FromText("sitemap.xml", Sitemap.Build(context.Document, baseUrl)));
            files.Add(OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {baseUrl}sitemap.xml\n"));
        }

        files.AddRange(SharedFiles.For(context, addresses, absolute));
        return files;
    }
}
