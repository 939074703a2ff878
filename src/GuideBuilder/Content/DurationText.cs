using System.Globalization;
using System.Text.RegularExpressions;

namespace GuideBuilder.Content;

/// <summary>
/// Reads a duration as editors and translators write it (<c>45</c>, <c>45 min</c>, <c>1 h 30</c>, <c>1h30</c>,
/// <c>90 minutes</c>, <c>1 heure 30</c>, <c>45 minutos</c>, <c>1 hora y media</c>) into minutes.
/// Hand-written: the libraries on the mirror (Humanizer) format durations but do not read them.
/// </summary>
public static partial class DurationText
{
    /// <summary>The longest duration accepted: a day of teaching and more is a typing mistake.</summary>
    public const int MaximumMinutes = 16 * 60;

    /// <summary>Forms listed in the hint of an error.</summary>
    public const string AcceptedForms = "45, 45 min, 90 minutes, 1 h, 1 h 30, 1h30, 1 h 30 min, 1.5 h, 2 hours, 1 heure 30, 45 minutos, 1 hora y media";

    /// <summary>The minutes <paramref name="text"/> stands for, or null when it is not a duration (or is zero or too long).</summary>
    public static int? Minutes(string text)
    {
        var match = Pattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || (!match.Groups["hours"].Success && (!match.Groups["minutes"].Success || match.Groups["and"].Success)))
        {
            return null;
        }

        var minutes = 0m;
        if (match.Groups["hours"].Success)
        {
            minutes += decimal.Parse(match.Groups["hours"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) * 60;
            minutes += match.Groups["half"].Success ? 30 : 0;
            if (match.Groups["minutes"].Success && (match.Groups["half"].Success || match.Groups["hours"].Value.Contains(',') || match.Groups["hours"].Value.Contains('.')))
            {
                return null;
            }
        }

        if (match.Groups["minutes"].Success)
        {
            var written = int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["hours"].Success && written >= 60)
            {
                return null;
            }

            minutes += written;
        }

        return minutes is > 0 and <= MaximumMinutes && minutes == decimal.Truncate(minutes) ? (int)minutes : null;
    }

    // Hours (with a decimal point or comma), an optional half ("and a half", "et demie", "y media"), then minutes;
    // an optional "and"/"et"/"y" between them. Minutes alone need no unit ("45"), nor do minutes after hours ("1h30").
    [GeneratedRegex(
        @"^(?:(?<hours>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hr|hrs|hour|hours|heure|heures|hora|horas)\.?(?:\s+(?<half>and\s+a\s+half|et\s+demie|y\s+media))?)?\s*(?<and>(?:and|et|y)\s+)?(?:(?<minutes>\d{1,4})\s*(?:min|mins|minute|minutes|minuto|minutos|mn)?\.?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
