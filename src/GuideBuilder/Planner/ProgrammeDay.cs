namespace GuideBuilder.Planner;

/// <summary>One day of a programme: its slots from the start of the day, with breaks.</summary>
public sealed record ProgrammeDay<T>(int Number, IReadOnlyList<ProgrammeSlot<T>> Slots)
{
    /// <summary>Minutes of sessions, breaks left out.</summary>
    public int WorkMinutes => Slots.Where(s => s.Kind == SlotKind.Session).Sum(s => s.Minutes);

    /// <summary>Minutes from the start of the day to the end of its last slot.</summary>
    public int ElapsedMinutes => Slots.Count == 0 ? 0 : Slots[^1].End;
}
