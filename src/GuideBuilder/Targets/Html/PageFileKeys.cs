using GuideBuilder.Build.Cache;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Html;

/// <summary>The build-cache key of each HTML file of one output, from the keys it shares with the others (<see cref="RenderInputs"/>).</summary>
internal sealed class PageFileKeys(RenderInputs inputs, GuideDocument document, string site, IReadOnlyList<DownloadFile> downloads)
{
    private readonly string _alternates = RenderInputs.Alternates(document);
    private readonly Dictionary<string, string> _navigation = document.Editions.ToDictionary(e => e.Language, RenderInputs.Navigation, StringComparer.Ordinal);

    public string For(GuideEdition edition, string layout, string file, GuidePage? page) =>
        inputs.PageFile(site, _navigation[edition.Language], _alternates, layout, file, page,
            page is null ? null : downloads.FirstOrDefault(d => d.Language == edition.Language && d.PageId == page.Id));
}
