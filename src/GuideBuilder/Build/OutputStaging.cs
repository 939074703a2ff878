using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using GuideBuilder.Targets;

namespace GuideBuilder.Build;

/// <summary>
/// Writes a build into <c>out/.staging/</c> and swaps each finished format into place only when
/// the whole build succeeded, so a failed build leaves the previous output untouched.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    public const string StagingName = ".staging";
    public const string ScratchName = ".scratch";

    /// <summary>Where the previous formats wait, inside the staging folder, until every new one is in place.</summary>
    private const string PreviousName = ".previous";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte> _createdFolders = new(StringComparer.Ordinal);

    /// <summary>Call only while holding the <see cref="OutputLock"/>: this removes what an interrupted build left behind.</summary>
    public OutputStaging(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory);
        StagingDirectory = Path.Combine(OutputDirectory, StagingName);
        RemoveWorkFolders();
        Directory.CreateDirectory(StagingDirectory);
    }

    public string OutputDirectory { get; }

    public string StagingDirectory { get; }

    public string StagedPath(string format) => Path.Combine(StagingDirectory, format);

    /// <summary>A folder for intermediate files that the formats copy from (slide decks); never moved into out/.</summary>
    public string ScratchPath(string name) => Path.Combine(OutputDirectory, ScratchName, name);

    public BuiltOutput Write(string format, IReadOnlyList<OutputFile> files)
    {
        Parallel.ForEach(files.Where(file => !file.Staged), file => WriteOne(format, file));
        return Describe(format);
    }

    /// <summary>Stages one file now: pages are written as they are rendered, so a build never holds every page at once.</summary>
    public void WriteOne(string format, OutputFile file)
    {
        var relative = file.Path.Replace('/', Path.DirectorySeparatorChar);
        var path = Path.Combine(StagedPath(format), relative);
        var previous = Path.Combine(format, relative);
        CreateFolderOf(path);
        if (file.Text is not null)
        {
            // A page's bytes live only until they are compared and written: a pooled buffer spares the collector hundreds of large arrays.
            var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(file.Text));
            try
            {
                var bytes = buffer.AsSpan(0, Utf8.GetBytes(file.Text, buffer));
                if (!PreviousOutput.TryReuse(OutputDirectory, previous, bytes, path))
                {
                    NewName(path);
                    File.WriteAllBytes(path, bytes);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        else if (!PreviousOutput.TryReuse(OutputDirectory, previous, file.CopyFrom!, path) && !LinkWorkFile(file.CopyFrom!, path))
        {
            NewName(path);
            File.Copy(file.CopyFrom!, path);
        }
    }

    /// <summary>Removes a name staged before under this path: written through, it could be a link to the previous output, which must stay as it was.</summary>
    private static void NewName(string path) => File.Delete(path);

    /// <summary>A file this build wrote in its own work folders (a deck in .scratch) is never written again, so a copy of it can be a second name.</summary>
    private bool LinkWorkFile(string source, string path)
    {
        var full = Path.GetFullPath(source);
        var inWorkFolder = full.StartsWith(StagingDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || full.StartsWith(Path.Combine(OutputDirectory, ScratchName) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inWorkFolder && HardLink.TryCreate(full, path);
    }

    /// <summary>Creates each staged folder once: asking the file system again for every file of it cost a system call each.</summary>
    private void CreateFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_createdFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _createdFolders.TryAdd(folder, 0);
        }
    }

    public BuiltOutput Describe(string format)
    {
        var root = StagedPath(format);
        var all = Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
        return new BuiltOutput(format, Path.Combine(OutputDirectory, format), all.Length, all.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>
    /// Moves every staged format into out/, replacing the previous one, all or nothing: when one
    /// cannot be moved, the ones already swapped go back and the previous output stays as it was.
    /// </summary>
    public void Commit()
    {
        var staged = Directory.GetDirectories(StagingDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != PreviousName).Order(StringComparer.Ordinal).ToList();
        var previous = Path.Combine(StagingDirectory, PreviousName);
        Directory.CreateDirectory(previous);
        var swapped = new List<(string Name, bool HadPrevious)>();
        try
        {
            foreach (var name in staged)
            {
                var target = Path.Combine(OutputDirectory, name);
                var hadPrevious = Directory.Exists(target);
                if (hadPrevious)
                {
                    Directory.Move(target, Path.Combine(previous, name));
                }

                swapped.Add((name, hadPrevious));
                Directory.Move(StagedPath(name), target);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            RollBack(swapped, previous);
            throw;
        }
    }

    public void Dispose() => RemoveWorkFolders();

    /// <summary>Puts back, newest first, each previous format that a failed commit had moved aside.</summary>
    private void RollBack(List<(string Name, bool HadPrevious)> swapped, string previous)
    {
        foreach (var (name, hadPrevious) in Enumerable.Reverse(swapped))
        {
            var target = Path.Combine(OutputDirectory, name);
            if (Directory.Exists(StagedPath(name)) is false && Directory.Exists(target))
            {
                Directory.Move(target, StagedPath(name));
            }

            if (hadPrevious)
            {
                Directory.Move(Path.Combine(previous, name), target);
            }
        }
    }

    private void RemoveWorkFolders()
    {
        foreach (var folder in new[] { StagingDirectory, Path.Combine(OutputDirectory, ScratchName) })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
