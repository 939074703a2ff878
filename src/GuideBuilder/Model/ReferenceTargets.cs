using System.Globalization;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// Every id a cross-reference can name in one language edition, over the modules it shows (a
/// fallback module in the source language included). Ids of figures, tables and boxes must be
/// unique in the edition; a section id that several modules share is found from its own module only.
/// </summary>
internal sealed class ReferenceTargets(IReadOnlyDictionary<string, List<ReferenceTarget>> byId, UiStrings ui) : IReferenceResolver
{
    /// <param name="shown">Each module the edition shows, with its targets (<see cref="Of"/>, kept in its outline).</param>
    public static ReferenceTargets Collect(IReadOnlyList<ModuleOutline> shown, string language, UiStrings ui, DiagnosticBag diagnostics)
    {
        var all = shown.SelectMany(m => m.Targets).ToList();
        var byId = all.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in byId.Values.Where(g => g.Count > 1 && g.Exists(t => t.IsNumberedItem)))
        {
            ReportDuplicates(group, language, shown, diagnostics);
        }

        return new ReferenceTargets(byId, ui);
    }

    /// <summary>Everything a cross-reference's words can show (numbers, titles, places): part of a page's build-cache key.</summary>
    public string Fingerprint() =>
        new Build.Cache.InputHash().Add("references").AddAll(byId.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SelectMany(pair => pair.Value).SelectMany(t => new[] { t.Id, t.PageId, t.Anchor, t.Kind.ToString(), t.Number, t.Title })).ToString();

    private static void ReportDuplicates(List<ReferenceTarget> group, string language, IReadOnlyList<ModuleOutline> shown, DiagnosticBag diagnostics)
    {
        var own = shown.Where(m => m.Source.Language == language).Select(m => m.Source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var target in group.Where(t => t.IsNumberedItem && t.Location is not null && own.Contains(t.PageId)))
        {
            var other = group.First(t => t != target);
            diagnostics.Error(target.Location!.Value, DiagnosticCodes.DuplicateReferenceId,
                $"the id '{target.Id}' is also the id of {Describe(other)} in {other.SourcePath}",
                "give each figure, table and box an id of its own in the guide: cross-references find it by that id in every module");
        }
    }

    private static string Describe(ReferenceTarget target) => target.Kind switch
    {
        NumberedKind.Module => "a module",
        NumberedKind.Section => "a section",
        NumberedKind.Exercise => "an exercise",
        _ => $"{target.Kind.ToString().ToLowerInvariant()} {target.Number}",
    };

    /// <summary>What a module offers cross-references: itself, its sections, its exercises, and its figures, tables and boxes with an id.</summary>
    public static IReadOnlyList<ReferenceTarget> Of(ParsedModule module) => [.. Targets(module)];

    private static IEnumerable<ReferenceTarget> Targets(ParsedModule module)
    {
        var source = module.Source;
        var page = source.Id;
        var path = source.RelativePath;
        var number = source.Number.ToString(CultureInfo.InvariantCulture);
        yield return new ReferenceTarget(page, page, null, source.Kind == ModuleKind.Module ? NumberedKind.Module : NumberedKind.Section, number, source.Title, path, null);
        foreach (var heading in module.Body.Headings)
        {
            yield return new ReferenceTarget(heading.Id, page, heading.Id, NumberedKind.Section, "", heading.Text, path, null);
        }

        for (var i = 0; i < source.Exercises.Count; i++)
        {
            var id = "exercise-" + source.Exercises[i].Id;
            yield return new ReferenceTarget(id, page, id, NumberedKind.Exercise, $"{number}.{(i + 1).ToString(CultureInfo.InvariantCulture)}", source.Exercises[i].Title, path, null);
        }

        foreach (var (item, block) in module.Items.Where(i => i.Item.Id is not null))
        {
            yield return new ReferenceTarget(item.Id!, page, item.Id, item.Kind, item.Number, item.Title, path, module.Body.LocationOf(block));
        }
    }

    /// <summary>The cross-reference <paramref name="id"/> made from <paramref name="fromPage"/>, or null with the error reported.</summary>
    public CrossReference? Resolve(string id, string? fromPage, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!byId.TryGetValue(id, out var found))
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownReference, $"the cross-reference names '{id}', which no module, section, exercise, figure, table or box of this edition has",
                DidYouMean.Suggest(id, [.. byId.Keys.Order(StringComparer.Ordinal)]) is { } near
                    ? $"did you mean '{near}'?"
                    : "give the figure, table, box or heading an id ({#id}) and name it here: [](ref:id)");
            return null;
        }

        var target = found.Count == 1 ? found[0]
            : found.FirstOrDefault(t => t.IsNumberedItem) ?? found.FirstOrDefault(t => t.PageId == fromPage && t.Kind != NumberedKind.Module);
        if (target is null)
        {
            diagnostics.Error(at, DiagnosticCodes.AmbiguousReference,
                $"'{id}' is a section of several modules ({string.Join(", ", found.Select(t => t.SourcePath).Distinct())})",
                "give the heading you mean an id of its own, ## Title {#unique-id}, and name that id here");
            return null;
        }

        var label = NumberedItem.LabelOf(target.Kind, target.Number, target.Title, ui);
        return new CrossReference(label, new PageAddress(target.PageId, target.Anchor), ui["page_reference"]);
    }
}
