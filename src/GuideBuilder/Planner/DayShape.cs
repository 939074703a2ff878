namespace GuideBuilder.Planner;

/// <summary>
/// How a training day is cut: two half-days of work with a lunch break between them, and a short
/// break whenever about <see cref="BreakAfter"/> minutes of work have gone by.
/// </summary>
public sealed record DayShape
{
    public static readonly DayShape Standard = new();

    /// <summary>Minutes of work in the morning and in the afternoon.</summary>
    public int HalfDayMinutes { get; init; } = 180;

    public int LunchMinutes { get; init; } = 60;

    /// <summary>A break comes after about this much work...</summary>
    public int BreakAfter { get; init; } = 90;

    /// <summary>...or up to this much more, rather than a break in the middle of a short run.</summary>
    public int BreakTolerance { get; init; } = 15;

    public int BreakMinutes { get; init; } = 15;

    public int DayMinutes => 2 * HalfDayMinutes;
}
