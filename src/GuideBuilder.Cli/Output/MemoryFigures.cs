using System.Diagnostics;
using System.Globalization;

namespace GuideBuilder.Cli.Output;

/// <summary>With -v, what the build cost in memory: where to look first when a big guide is slow or large.</summary>
internal static class MemoryFigures
{
    public static string Describe()
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        return string.Create(CultureInfo.InvariantCulture,
            $"Memory: {Megabytes(GC.GetTotalAllocatedBytes())} MB allocated, {GC.CollectionCount(0)} garbage collections "
            + $"({GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} full; {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused), peak {Megabytes(peak)} MB resident.");
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
