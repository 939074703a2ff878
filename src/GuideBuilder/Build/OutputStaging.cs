using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using GuideBuilder.Content;
using GuideBuilder.Targets;

namespace GuideBuilder.Build;

/// <summary>
/// Writes a build into <c>out/.staging/</c> and swaps each finished format into place only when
/// the whole build succeeded, so a failed build leaves the previous output untouched.
/// What the swap sets aside is not deleted but kept in <c>out/.guide-work/</c> as an empty tree of
/// folders for the next build to stage into: a site has a folder per page, and on ext4 creating a
/// folder (or file) soon after deleting one costs more than rendering the page.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    public const string StagingName = ".staging";
    public const string ScratchName = ".scratch";

    /// <summary>What one build leaves for the next: the folder trees of the output before last, and work files (decks) kept while unchanged.</summary>
    public const string WorkName = ".guide-work";

    private const string PreviousTreesName = "previous";

    /// <summary>Where the previous formats wait, inside the staging folder, until every new one is in place.</summary>
    private const string PreviousName = ".previous";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte> _createdFolders = new(StringComparer.Ordinal);

    private readonly PreviousOutput _previous;

    /// <summary>The formats whose staged tree was taken from <see cref="WorkName"/> (true) or started empty (false).</summary>
    private readonly ConcurrentDictionary<string, Lazy<bool>> _reusedTrees = new(StringComparer.Ordinal);

    /// <summary>Call only while holding the <see cref="OutputLock"/>: this removes what an interrupted build left behind.</summary>
    public OutputStaging(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory);
        _previous = new PreviousOutput(OutputDirectory);
        StagingDirectory = Path.Combine(OutputDirectory, StagingName);
        RemoveWorkFolders();
        Directory.CreateDirectory(StagingDirectory);
    }

    public string OutputDirectory { get; }

    public string StagingDirectory { get; }

    public string StagedPath(string format) => Path.Combine(StagingDirectory, format);

    /// <summary>A folder for intermediate files that the formats copy from; never moved into out/, deleted when the build ends.</summary>
    public string ScratchPath(string name) => Path.Combine(OutputDirectory, ScratchName, name);

    /// <summary>
    /// A folder for intermediate files the formats copy from that stays from one build to the next
    /// (slide decks, rewritten only when their bytes change); never moved into out/. The format keeps
    /// it tidy: what it finds there may be a stale or half-written file, or a link someone put there.
    /// </summary>
    public string WorkPath(string name)
    {
        var relative = Path.Combine(WorkName, name);
        if (!ReachedWithoutLinks(relative) || IsNotFolder(WorkName) || IsNotFolder(relative))
        {
            FolderTree.Delete(Path.Combine(OutputDirectory, WorkName));
        }

        return Path.Combine(OutputDirectory, relative);
    }

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
        ReusePreviousTree(format);
        CreateFolderOf(path);
        if (file.Text is not null)
        {
            // A page's bytes live only until they are compared and written: a pooled buffer spares the collector hundreds of large arrays.
            var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(file.Text));
            try
            {
                var bytes = buffer.AsSpan(0, Utf8.GetBytes(file.Text, buffer));
                if (!_previous.TryReuse(previous, bytes, path))
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
        else if (!_previous.TryReuse(previous, file.CopyFrom!, path) && !LinkWorkFile(file.CopyFrom!, path))
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
        var inWorkFolder = new[] { StagingDirectory, Path.Combine(OutputDirectory, ScratchName), Path.Combine(OutputDirectory, WorkName) }
            .Any(folder => full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return inWorkFolder && HardLink.TryCreate(full, path);
    }

    /// <summary>
    /// Stages <paramref name="format"/> into the folders of its output before last, emptied of their files,
    /// instead of creating a folder per page again; folders no file comes into are removed by <see cref="Finish"/>.
    /// </summary>
    private void ReusePreviousTree(string format)
    {
        _ = _reusedTrees.GetOrAdd(format, name => new Lazy<bool>(() => TakePreviousTree(name))).Value;
    }

    private bool TakePreviousTree(string format)
    {
        var tree = Path.Combine(WorkName, PreviousTreesName, format);
        var staged = StagedPath(format);
        if (!IsOwnFolder(tree) || Directory.Exists(staged))
        {
            return false;
        }

        var source = Path.Combine(OutputDirectory, tree);
        try
        {
            FolderTree.RemoveFiles(source, _ => false);
            Directory.Move(source, staged);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A tree that cannot be emptied (a name the platform cannot spell, a file in use) is only a saving lost.
            return false;
        }
    }

    /// <summary>True when <paramref name="relative"/> is a real folder below out/, reached through no link: the build may empty it.</summary>
    private bool IsOwnFolder(string relative) => ReachedWithoutLinks(relative) && FolderTree.IsRealFolder(Path.Combine(OutputDirectory, relative));

    /// <summary>True when something other than a folder (a file, a FIFO) has the name: creating a folder below it would fail every build.</summary>
    private bool IsNotFolder(string relative) => File.Exists(Path.Combine(OutputDirectory, relative));

    private bool ReachedWithoutLinks(string relative) =>
        PathInsideRoot.RealPath(OutputDirectory) is { } root && PathInsideRoot.Resolve(OutputDirectory, relative) == Path.Combine(root, relative);

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

    /// <summary>
    /// Ends a format's staging: the folders of a reused tree that no file came into go, before a later
    /// format reads the staged folder (the E-box's CD-ROM image takes empty folders too) and before the commit.
    /// </summary>
    public void Finish(string format)
    {
        if (_reusedTrees.TryGetValue(format, out var reused) && reused.Value)
        {
            FolderTree.RemoveEmptyFolders(StagedPath(format));
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
        KeepPreviousTrees();
        foreach (var folder in new[] { StagingDirectory, Path.Combine(OutputDirectory, ScratchName) })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Moves the formats the commit set aside to <see cref="WorkName"/>, for the next build to stage into.</summary>
    private void KeepPreviousTrees()
    {
        var previous = Path.Combine(StagingDirectory, PreviousName);
        if (!FolderTree.IsRealFolder(previous))
        {
            return;
        }

        var keptTrees = Path.Combine(WorkName, PreviousTreesName);
        Directory.CreateDirectory(WorkPath(PreviousTreesName));
        if (!IsOwnFolder(keptTrees))
        {
            return;
        }

        foreach (var tree in new DirectoryInfo(previous).EnumerateDirectories().Where(d => !FolderTree.IsLink(d)))
        {
            var kept = Path.Combine(OutputDirectory, keptTrees, tree.Name);
            try
            {
                FolderTree.Delete(kept);
                // Emptied now, not when the next build stages into it: a format that is never staged file by file (PDF, packages)
                // or not built again would otherwise keep a whole replaced output, trainer notes included, in out/.
                FolderTree.RemoveFiles(tree.FullName, _ => false);
                tree.MoveTo(kept);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The build is committed by now: a tree that cannot be kept is deleted with the staging folder instead.
            }
        }
    }
}
