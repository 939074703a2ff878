using System.Globalization;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// A number of minutes as the edition's language writes it ("45 min", "1 h 30 min", "1 h 30"), from the
/// interface strings, so that every duration reads the same whichever way the module wrote it.
/// </summary>
public static class DurationLabel
{
    public static string For(int minutes, UiStrings ui)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var values = new (string, object)[] { ("hours", hours), ("minutes", rest), ("mm", rest.ToString("00", CultureInfo.InvariantCulture)) };
        return hours == 0 ? ui.Format("duration_minutes", ("minutes", minutes))
            : rest == 0 ? ui.Format("duration_hours", values)
            : ui.Format("duration_hours_minutes", values);
    }

    /// <summary>A time elapsed since the start of a day, as a clock-like reading ("1:45", "1 h 45").</summary>
    public static string Elapsed(int minutes, UiStrings ui) =>
        ui.Format("planner_elapsed", ("hours", minutes / 60), ("mm", (minutes % 60).ToString("00", CultureInfo.InvariantCulture)));
}
