using System.Diagnostics;
using System.Globalization;

namespace GuideBuilder.Targets.Pdf;

/// <summary>How long each step of one printing took, in the order the steps ran, for --verbose.</summary>
public sealed class PhaseTimes
{
    private readonly List<(string Name, TimeSpan Time)> _phases = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Ends the step that ran since the previous mark (or since this object was made).</summary>
    public void Mark(string name)
    {
        lock (_phases)
        {
            _phases.Add((name, _clock.Elapsed));
            _clock.Restart();
        }
    }

    public override string ToString()
    {
        lock (_phases)
        {
            return string.Join(", ", _phases.Select(p => $"{p.Name} {p.Time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"));
        }
    }
}
