namespace GuideBuilder.Cli.Serve;

/// <summary>
/// Watches folders and calls back once per burst of saves: editors write a file in several
/// steps (temporary file, rename), so changes within a short quiet period count as one.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly HashSet<string> _changed = [];
    private readonly Lock _gate = new();

    /// <param name="changed">Called with the full paths that changed since the last call.</param>
    public ContentWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _timer = new Timer(_ => changed(Drain()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists).Distinct())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) => Touch(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touch(string path)
    {
        lock (_gate)
        {
            _changed.Add(path);
        }

        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private List<string> Drain()
    {
        lock (_gate)
        {
            var paths = _changed.ToList();
            _changed.Clear();
            return paths;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
