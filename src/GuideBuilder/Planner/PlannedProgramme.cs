namespace GuideBuilder.Planner;

/// <summary>A proposed programme of <see cref="DayCount"/> days, with what does not fit in it.</summary>
public sealed record PlannedProgramme(int DayCount, string Title, IReadOnlyList<PlannedDay> Days, IReadOnlyList<string> Unplaced)
{
    public bool Fits => Unplaced.Count == 0;
}
