using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Translations;

namespace GuideBuilder.Planner;

/// <summary>Makes the workshop planner of an edition: the modules chosen (all by default) in book order, and a programme for each number of days.</summary>
public static class WorkshopPlanBuilder
{
    public static readonly IReadOnlyList<int> StandardDays = [1, 2, 3];

    public static WorkshopPlan Build(GuideEdition edition, IReadOnlyList<int> dayCounts, IReadOnlySet<int>? moduleNumbers = null, DayShape? shape = null)
    {
        var ui = edition.Ui;
        var modules = edition.Pages.Where(p => p.IsModule && (moduleNumbers is null || moduleNumbers.Contains(p.Number)))
            .Select(page => Module(edition, page)).ToList();
        var sessions = modules.SelectMany(Sessions).ToList();
        var total = modules.Sum(m => m.TotalMinutes);
        var programmes = dayCounts.Select(days =>
            Programme(ProgrammePlanner.Plan(sessions, s => s.Minutes, days, shape ?? DayShape.Standard), ui)).ToList();
        return new WorkshopPlan(modules, total, DurationLabel.For(total, ui), programmes);
    }

    private static PlannedModule Module(GuideEdition edition, GuidePage page)
    {
        var ui = edition.Ui;
        var exercises = page.Exercises.Select(e => new PlannedExercise(
            $"{page.Number}.{e.Number}", e.Title, e.Type, e.TypeLabel, e.Minutes, Label(e.Minutes, ui), e.Materials, e.Handout, e.HandoutName,
            new PageAddress(page.Id, "exercise-" + e.Id))).ToList();
        var total = (page.TeachingMinutes ?? 0) + exercises.Sum(e => e.Minutes ?? 0);
        return new PlannedModule(page.Number, ui.Format("module_number", ("number", page.Number)), page.Title, page.TabStyle, new PageAddress(page.Id),
            page.ContentLanguage == edition.Language ? null : page.ContentLanguage, page.TeachingMinutes,
            page.TeachingMinutes is { } teaching ? DurationLabel.For(teaching, ui) : null, exercises, total, DurationLabel.For(total, ui));
    }

    private static IEnumerable<Session> Sessions(PlannedModule module)
    {
        if (module.TeachingMinutes is { } teaching)
        {
            yield return new Session(module, null, teaching);
        }

        foreach (var exercise in module.Exercises)
        {
            yield return new Session(module, exercise, exercise.Minutes ?? 0);
        }
    }

    private static PlannedProgramme Programme(Programme<Session> programme, UiStrings ui)
    {
        var days = programme.Days.Where(d => d.Slots.Count > 0).Select(day => new PlannedDay(
            day.Number,
            ui.Format("planner_day", ("number", day.Number)),
            [.. day.Slots.Select(slot => Slot(slot, ui))],
            ui.Format("planner_day_length", ("elapsed", DurationLabel.For(day.ElapsedMinutes, ui)), ("work", DurationLabel.For(day.WorkMinutes, ui))))).ToList();
        var title = programme.DayCount == 1 ? ui["planner_one_day"] : ui.Format("planner_days", ("days", programme.DayCount));
        return new PlannedProgramme(programme.DayCount, title, days, [.. programme.Unplaced.Select(s => $"{Label(s, ui)} – {Title(s)} ({Label(s.Exercise?.Minutes ?? s.Minutes, ui)})")]);
    }

    private static PlannedSlot Slot(ProgrammeSlot<Session> slot, UiStrings ui)
    {
        var (start, end, length) = (DurationLabel.Elapsed(slot.Start, ui), DurationLabel.Elapsed(slot.End, ui), Label(slot.Minutes, ui));
        return slot.Kind switch
        {
            SlotKind.Break => new PlannedSlot("break", start, end, length, "", ui["planner_break"], "", null),
            SlotKind.Lunch => new PlannedSlot("lunch", start, end, length, "", ui["planner_lunch"], "", null),
            _ => new PlannedSlot(slot.Item!.Exercise is null ? "teaching" : "exercise", start, end, length, Label(slot.Item, ui), Title(slot.Item),
                slot.Item.Module.TabStyle, slot.Item.Module.Lang),
        };
    }

    private static string Label(Session session, UiStrings ui) => session.Exercise is { } exercise
        ? $"{ui["exercise"]} {exercise.Number} · {exercise.TypeLabel}"
        : $"{session.Module.NumberLabel} · {ui["planner_teaching"]}";

    private static string Title(Session session) => session.Exercise?.Title ?? session.Module.Title;

    private static string Label(int? minutes, UiStrings ui) => minutes is > 0 ? DurationLabel.For(minutes.Value, ui) : ui["planner_no_duration"];

    /// <summary>A stretch of teaching: a module's presentation (no exercise) or one exercise.</summary>
    private sealed record Session(PlannedModule Module, PlannedExercise? Exercise, int Minutes);
}
