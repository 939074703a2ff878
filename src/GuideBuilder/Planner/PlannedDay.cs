namespace GuideBuilder.Planner;

/// <summary>A day of a proposed programme, its slots timed from the start of the day.</summary>
public sealed record PlannedDay(int Number, string Title, IReadOnlyList<PlannedSlot> Slots, string Length);
