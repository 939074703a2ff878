using System.Diagnostics;
using GuideBuilder.Build;

namespace GuideBuilder.Cli.Output;

/// <summary>
/// Prints each stage of a build as it finishes, with its timing: coloured with a tick on a
/// terminal, plain lines in CI logs.
/// </summary>
internal sealed class StageProgress(CliConsole console, Verbosity verbosity) : IBuildProgress
{
    private readonly Dictionary<string, Stopwatch> _started = [];
    private readonly Lock _gate = new();

    public void Stage(string name)
    {
        lock (_gate)
        {
            _started[name] = Stopwatch.StartNew();
            if (verbosity == Verbosity.Verbose)
            {
                console.Line($"  … {name}");
            }
        }
    }

    public void Notice(string message)
    {
        lock (_gate)
        {
            if (verbosity != Verbosity.Quiet)
            {
                console.Line($"  {message}");
            }
        }
    }

    public void Timing(string name, string detail)
    {
        lock (_gate)
        {
            if (verbosity == Verbosity.Verbose)
            {
                console.Line($"      {name}: {detail}");
            }
        }
    }

    public void Done(string name, string detail)
    {
        lock (_gate)
        {
            var elapsed = _started.TryGetValue(name, out var watch) ? watch.Elapsed.TotalSeconds : 0;
            if (verbosity != Verbosity.Quiet)
            {
                console.Step(name, detail, elapsed);
            }
        }
    }
}
