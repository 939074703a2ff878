using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Planner;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>The workshop planner of the mini guide: what each module takes and a programme built from it.</summary>
public sealed class WorkshopPlanTests : IDisposable
{
    private readonly TempGuide _guide = PlannerGuide.Create();
    private readonly GuideDocument _document;

    public WorkshopPlanTests()
    {
        _document = GuidePreparation.Prepare(_guide.Options() with { TrainerEdition = true }, new DiagnosticBag(), SilentProgress.Instance)!.Document;
    }

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void Modules_and_the_guide_add_up_their_teaching_time_and_exercises()
    {
        var plan = WorkshopPlanBuilder.Build(_document.Edition("en"), [1]);
        plan.Modules.Select(m => (m.Number, m.TeachingMinutes, m.TotalMinutes, m.Total)).ShouldBe([(1, (int?)null, 30, "30 min"), (2, 60, 130, "2 h 10 min")]);
        plan.Modules.SelectMany(m => m.Exercises).Select(e => (e.Number, e.Minutes, e.Duration, e.TypeLabel)).ShouldBe(
            [("1.1", 30, "30 min", "Group work"), ("2.1", 70, "1 h 10 min", "Discussion")]);
        (plan.TotalMinutes, plan.Total).ShouldBe((160, "2 h 40 min"));
        plan.Modules[0].Exercises[0].Materials.ShouldBe(["Flip chart"]);
        plan.Modules[0].Exercises[0].HandoutName.ShouldBe("map-gaps.pdf");
    }

    [Fact]
    public void Each_language_writes_the_totals_its_own_way()
    {
        var plan = WorkshopPlanBuilder.Build(_document.Edition("fr"), [1]);
        plan.Modules.Select(m => m.Total).ShouldBe(["30 min", "2 h 10"]);
        plan.Modules[1].Lang.ShouldBe("en"); // beta is not translated: its title is English
        plan.Total.ShouldBe("2 h 40");
        WorkshopPlanBuilder.Build(_document.Edition("es"), [1]).Modules[1].Exercises[0].Duration.ShouldBe("1 h 10 min");
    }

    [Fact]
    public void The_one_day_programme_has_the_breaks_between_the_sessions_and_elapsed_times()
    {
        var programme = WorkshopPlanBuilder.Build(_document.Edition("en"), [1]).Programmes.ShouldHaveSingleItem();
        programme.Fits.ShouldBeTrue();
        var day = programme.Days.ShouldHaveSingleItem();
        day.Slots.Select(s => $"{s.Start}-{s.End} {s.Kind} {s.Label} {s.Title}".TrimEnd()).ShouldBe(
        [
            "0:00-0:30 exercise Exercise 1.1 · Group work Map the gaps",
            "0:30-1:30 teaching Module 2 · Presentation and discussion Beta module",
            "1:30-1:45 break  Break",
            "1:45-2:55 exercise Exercise 2.1 · Discussion Check the standards",
        ]);
        day.Length.ShouldBe("2 h 55 min from start to end, 2 h 40 min of work");
    }

    [Fact]
    public void A_choice_of_modules_and_what_does_not_fit_is_named()
    {
        var plan = WorkshopPlanBuilder.Build(_document.Edition("fr"), [1], new HashSet<int> { 2 }, DayShape.Standard with { HalfDayMinutes = 60 });
        plan.Modules.ShouldHaveSingleItem().Number.ShouldBe(2);
        var programme = plan.Programmes.ShouldHaveSingleItem();
        programme.Title.ShouldBe("Programme d’une journée");
        programme.Unplaced.ShouldBe(["Exercice 2.1 · Discussion – Check the standards (1 h 10)"]);
    }

    [Fact]
    public void Programmes_of_one_two_and_three_days_are_proposed()
    {
        var plan = WorkshopPlanBuilder.Build(_document.Edition("es"), WorkshopPlanBuilder.StandardDays);
        plan.Programmes.Select(p => p.Title).ShouldBe(["Programa de un día", "Programa de 2 días", "Programa de 3 días"]);
        plan.Programmes.ShouldAllBe(p => p.Fits);
    }
}
