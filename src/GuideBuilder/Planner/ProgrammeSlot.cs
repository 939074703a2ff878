namespace GuideBuilder.Planner;

/// <summary>A stretch of a programme day, <see cref="Start"/> minutes after the day began: a session (an item) or a break.</summary>
public sealed record ProgrammeSlot<T>(SlotKind Kind, int Start, int Minutes, T? Item)
{
    public int End => Start + Minutes;
}
