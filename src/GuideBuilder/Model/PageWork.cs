using GuideBuilder.Build.Cache;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// Parses and renders modules, through the build cache when there is one: a module whose inputs
/// (<see cref="RenderInputs"/>) are unchanged is neither parsed nor rendered again, and what its work
/// reported is reported again.
/// </summary>
internal sealed class PageWork(BuildCache? cache, RenderInputs? inputs, DiagnosticBag diagnostics)
{
    public bool Caching => cache is not null && inputs is not null;

    /// <summary>The module's anchors: from the cache, or by parsing its Markdown (then kept for rendering).</summary>
    public ModuleOutline Outline(SourceModule module)
    {
        if (cache is null || inputs is null)
        {
            // The syntax tree is not kept: every module's at once made most of a build's peak memory; rendering parses again.
            var parsed = ParsedModule.Outline(module, diagnostics);
            return new ModuleOutline(module, parsed.Anchors, ReferenceTargets.Of(parsed));
        }

        var key = inputs.Outline(module);
        if (cache.Outline(key) is { } hit)
        {
            diagnostics.AddAll(hit.Diagnostics);
            return new ModuleOutline(module, hit.Anchors, hit.Targets);
        }

        var own = new DiagnosticBag();
        var fresh = ParsedModule.Outline(module, own);
        var targets = ReferenceTargets.Of(fresh);
        cache.Outline(key, new OutlineEntry(fresh.Anchors, targets, own.Items));
        diagnostics.AddAll(own.Items);
        return new ModuleOutline(module, fresh.Anchors, targets);
    }

    /// <summary>The module's page: from the cache, or from <paramref name="render"/>, which reports into the bag it is given.</summary>
    public GuidePage Page(ModuleOutline module, UiStrings ui, bool trainerEdition, string linkTable, Func<DiagnosticBag, GuidePage> render)
    {
        if (cache is null || inputs is null)
        {
            return render(diagnostics);
        }

        var key = inputs.Page(module.Source, ui, trainerEdition, linkTable);
        if (cache.Page(key) is { } hit)
        {
            diagnostics.AddAll(hit.Diagnostics);
            return hit.Page;
        }

        var own = new DiagnosticBag();
        var page = render(own);
        cache.Page(key, new PageEntry(page, own.Items));
        diagnostics.AddAll(own.Items);
        return page;
    }
}
