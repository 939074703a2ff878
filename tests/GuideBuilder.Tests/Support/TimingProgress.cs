using GuideBuilder.Build;

namespace GuideBuilder.Tests.Support;

/// <summary>Build progress that keeps the step-by-step timings a verbose build prints.</summary>
public sealed class TimingProgress : IBuildProgress
{
    private readonly List<(string Name, string Detail)> _entries = [];

    public IReadOnlyList<(string Name, string Detail)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public void Stage(string name)
    {
    }

    public void Done(string name, string detail)
    {
    }

    public void Timing(string name, string detail)
    {
        lock (_entries)
        {
            _entries.Add((name, detail));
        }
    }
}
