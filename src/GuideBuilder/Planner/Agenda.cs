using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;

namespace GuideBuilder.Planner;

/// <summary>
/// <c>guide agenda</c>: the workshop planner of some modules and some programme lengths as one
/// printable HTML file, its styles inside, for a trainer to print or send.
/// </summary>
public static class Agenda
{
    public const int MaxDays = 10;

    /// <summary>The agenda's HTML, or null when the modules or days asked for are not in the guide (reported as <see cref="DiagnosticCodes.AgendaSelection"/>).</summary>
    public static string? Render(PreparedGuide prepared, string language, IReadOnlyList<int>? modules, IReadOnlyList<int> days, DiagnosticBag diagnostics)
    {
        var edition = prepared.Document.Edition(language);
        var numbers = edition.Pages.Where(p => p.IsModule).Select(p => p.Number).ToList();
        foreach (var missing in (modules ?? []).Where(m => !numbers.Contains(m)).Distinct())
        {
            diagnostics.Error(SourceLocation.Option("--modules"), DiagnosticCodes.AgendaSelection, $"the guide has no module {missing}",
                $"its modules are {string.Join(", ", numbers)}");
        }

        foreach (var wrong in days.Where(d => d is < 1 or > MaxDays).Distinct())
        {
            diagnostics.Error(SourceLocation.Option("--days"), DiagnosticCodes.AgendaSelection, $"{wrong} is not a number of days the agenda can plan",
                $"give from 1 to {MaxDays} days, e.g. --days 2");
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var plan = WorkshopPlanBuilder.Build(edition, [.. days.Distinct().Order()], modules?.ToHashSet()) with { Linked = false };
        var css = File.ReadAllText(prepared.Theme.AssetPath("planner.css"));
        var view = new AgendaView(language, edition.Title, $"{edition.Ui["workshop_planner"]} – {edition.Title}", edition.Ui.All, plan, HtmlFragment.Trusted(css));
        return prepared.Theme.Render("agenda", view, new AgendaAddressResolver());
    }
}
