using GuideBuilder.Planner;

namespace GuideBuilder.Tests.Planner;

/// <summary>The programme proposal: days filled in order, breaks where the work runs long, nothing split and nothing lost.</summary>
public sealed class ProgrammePlannerTests
{
    private static readonly DayShape Shape = DayShape.Standard;

    private static Programme<(string Name, int Minutes)> Plan(int days, params int[] minutes) =>
        ProgrammePlanner.Plan([.. minutes.Select((m, i) => (Name: $"item {i + 1}", Minutes: m))], item => item.Minutes, days, Shape);

    private static int[] Sample => [30, 45, 30, 45, 30, 45, 30, 40, 30, 45, 30, 45, 30, 60, 45, 45, 40];

    [Fact]
    public void Everything_placed_or_reported_once_in_the_original_order()
    {
        foreach (var days in new[] { 1, 2, 3, 4 })
        {
            var programme = Plan(days, Sample);
            programme.Placed.Concat(programme.Unplaced).Select(i => i.Name).ShouldBe(Enumerable.Range(1, Sample.Length).Select(i => $"item {i}"));
        }
    }

    [Fact]
    public void The_same_items_give_the_same_programme()
    {
        static string Text(Programme<(string Name, int Minutes)> p) =>
            string.Join("|", p.Days.SelectMany(d => d.Slots.Select(s => $"{d.Number}:{s.Kind}:{s.Start}:{s.Item.Name}")));
        Text(Plan(2, Sample)).ShouldBe(Text(Plan(2, Sample)));
    }

    [Fact]
    public void A_day_holds_at_most_two_half_days_of_work_with_lunch_between_them()
    {
        var programme = Plan(1, Sample);
        var day = programme.Days.ShouldHaveSingleItem();
        day.WorkMinutes.ShouldBeLessThanOrEqualTo(Shape.DayMinutes);
        var lunch = day.Slots.Where(s => s.Kind == SlotKind.Lunch).ShouldHaveSingleItem();
        lunch.Minutes.ShouldBe(60);
        day.Slots.TakeWhile(s => s.Kind != SlotKind.Lunch).Where(s => s.Kind == SlotKind.Session).Sum(s => s.Minutes).ShouldBeLessThanOrEqualTo(Shape.HalfDayMinutes);
        day.Slots.SkipWhile(s => s.Kind != SlotKind.Lunch).Where(s => s.Kind == SlotKind.Session).Sum(s => s.Minutes).ShouldBeLessThanOrEqualTo(Shape.HalfDayMinutes);
        programme.Unplaced.ShouldNotBeEmpty(); // 11 h 05 of work does not fit in one day
    }

    [Fact]
    public void A_break_comes_after_about_an_hour_and_a_half_of_work()
    {
        // 45 + 30 = 75, + 30 = 105: still "about 90"; the next 45 would make 150, so a break comes first.
        var day = Plan(1, 45, 30, 30, 45).Days[0];
        day.Slots.Select(s => s.Kind).ShouldBe([SlotKind.Session, SlotKind.Session, SlotKind.Session, SlotKind.Break, SlotKind.Session]);
        day.Slots[3].Start.ShouldBe(105);
        day.Slots[3].Minutes.ShouldBe(15);
        day.Slots[4].Start.ShouldBe(120);
        day.ElapsedMinutes.ShouldBe(165);
        day.WorkMinutes.ShouldBe(150);
    }

    [Fact]
    public void Times_are_elapsed_from_the_start_of_the_day_and_slots_follow_each_other()
    {
        foreach (var day in Plan(3, Sample).Days)
        {
            day.Slots[0].Start.ShouldBe(0);
            day.Slots.Zip(day.Slots.Skip(1)).ShouldAllBe(pair => pair.First.End == pair.Second.Start);
            day.Slots[^1].Kind.ShouldBe(SlotKind.Session); // a day does not end on a break
        }
    }

    [Fact]
    public void No_run_of_work_goes_far_past_the_break_time()
    {
        foreach (var day in Plan(3, Sample).Days)
        {
            var run = 0;
            foreach (var slot in day.Slots)
            {
                run = slot.Kind == SlotKind.Session ? run + slot.Minutes : 0;
                run.ShouldBeLessThanOrEqualTo(Shape.BreakAfter + Shape.BreakTolerance);
            }
        }
    }

    [Fact]
    public void The_days_share_the_work_rather_than_leave_the_last_one_nearly_empty()
    {
        var programme = Plan(3, Sample);
        programme.Unplaced.ShouldBeEmpty();
        var work = programme.Days.Select(d => d.WorkMinutes).ToList();
        work.Sum().ShouldBe(Sample.Sum());
        (work.Max() - work.Min()).ShouldBeLessThanOrEqualTo(60);
    }

    [Fact]
    public void When_balancing_leaves_something_out_the_days_are_filled_instead()
    {
        // 11 h 05 of work in two days of 6 h: the balanced days leave slack in their half-days, packing them leaves out less.
        var programme = Plan(2, Sample);
        programme.Unplaced.Count.ShouldBeLessThanOrEqualTo(1);
        programme.Days.Sum(d => d.WorkMinutes).ShouldBe(programme.Placed.Sum(i => i.Minutes));
    }

    [Fact]
    public void An_item_longer_than_a_half_day_is_reported_and_the_next_ones_still_placed()
    {
        var programme = Plan(1, 30, 200, 45);
        programme.Unplaced.Select(i => i.Name).ShouldBe(["item 2"]);
        programme.Placed.Select(i => i.Name).ShouldBe(["item 1", "item 3"]);
    }

    [Fact]
    public void What_the_days_cannot_hold_is_reported_in_order_and_never_split()
    {
        var programme = Plan(1, 180, 90, 90, 30);
        programme.Placed.Select(i => i.Name).ShouldBe(["item 1", "item 2", "item 3"]);
        programme.Unplaced.Select(i => i.Name).ShouldBe(["item 4"]);
        programme.Days[0].Slots.Where(s => s.Kind == SlotKind.Session).Select(s => s.Minutes).ShouldBe([180, 90, 90]);
    }

    [Fact]
    public void An_item_that_does_not_fit_the_morning_goes_after_lunch_without_being_cut()
    {
        var day = Plan(1, 120, 90).Days[0];
        day.Slots.Select(s => (s.Kind, s.Start, s.Minutes)).ShouldBe([(SlotKind.Session, 0, 120), (SlotKind.Lunch, 120, 60), (SlotKind.Session, 180, 90)]);
    }

    [Fact]
    public void Zero_days_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Plan(0, 30));
}
