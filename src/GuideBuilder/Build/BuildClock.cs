namespace GuideBuilder.Build;

/// <summary>The one timestamp a build writes (zip entries, PDF dates): SOURCE_DATE_EPOCH or a fixed date, never "now".</summary>
public static class BuildClock
{
    public static DateTimeOffset Timestamp
    {
        get
        {
            var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
            return long.TryParse(epoch, out var seconds) && seconds > 315532800
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }
    }
}
