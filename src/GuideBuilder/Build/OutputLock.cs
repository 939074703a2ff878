using System.Text;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build;

/// <summary>
/// Keeps two builds out of one output folder: the marker file out/.guidebuilder-output is held
/// open with no sharing while a build writes. The system lets go of it when the process ends, even
/// when it crashes, so a stale lock cannot block the next build. The marker also tells the next
/// build that the folder is GuideBuilder's to replace.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string MarkerName = ".guidebuilder-output";

    private const string MarkerText =
        "This folder is written by GuideBuilder (guide build), which replaces what is in it on every build.\n" +
        "GuideBuilder refuses to write into a non-empty folder without this file.\n";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _marker;

    private OutputLock(FileStream marker) => _marker = marker;

    /// <summary>Takes the lock, waiting for another build up to <paramref name="timeout"/>; null (with an error) when it is still held then.</summary>
    public static OutputLock? Acquire(string outputDirectory, TimeSpan timeout, IBuildProgress progress, DiagnosticBag diagnostics)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, MarkerName);
        var deadline = DateTime.UtcNow + timeout;
        var announced = false;
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                return new OutputLock(stream);
            }

            if (DateTime.UtcNow >= deadline)
            {
                diagnostics.Error(SourceLocation.Option("--out"), DiagnosticCodes.OutputBusy,
                    $"another build is writing into {ContentFolder.Display(Path.GetFullPath(outputDirectory))}/ and did not finish within {timeout.TotalSeconds:0} s",
                    "wait for the other build to finish and run this one again, or build into another folder with --out");
                return null;
            }

            if (!announced)
            {
                progress.Notice($"waiting for another build into {ContentFolder.Display(Path.GetFullPath(outputDirectory))}/ to finish…");
                announced = true;
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose() => _marker.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            if (stream.Length == 0)
            {
                stream.Write(Encoding.UTF8.GetBytes(MarkerText));
                stream.Flush();
            }

            return stream;
        }
        catch (IOException error) when (IsHeldByAnother(error))
        {
            return null;
        }
    }

    /// <summary>A sharing violation (Windows) or a lock held by another open (Unix: EWOULDBLOCK), not a missing folder or a full disk.</summary>
    private static bool IsHeldByAnother(IOException error) =>
        error is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        && (error.HResult & 0xFFFF) is 32 or 33 or 11 or 35;
}
