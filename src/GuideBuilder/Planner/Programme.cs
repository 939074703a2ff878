namespace GuideBuilder.Planner;

/// <summary>A programme over a number of days, and the items that did not fit in it, in their order.</summary>
public sealed record Programme<T>(int DayCount, IReadOnlyList<ProgrammeDay<T>> Days, IReadOnlyList<T> Unplaced)
{
    public IEnumerable<T> Placed => Days.SelectMany(d => d.Slots).Where(s => s.Kind == SlotKind.Session).Select(s => s.Item!);
}
