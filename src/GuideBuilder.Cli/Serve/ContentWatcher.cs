namespace GuideBuilder.Cli.Serve;

/// <summary>
/// Watches folders and calls back once per burst of saves: editors write a file in several
/// steps (temporary file, rename), so changes within a short quiet period count as one. A folder
/// that is missing, or deleted and created again, is watched from the moment it is there
/// (see <see cref="WatchedFolder"/>); a poll once a second is the backstop for what events miss.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly List<WatchedFolder> _folders = [];
    private readonly Timer _timer;
    private readonly Timer _poll;
    private readonly HashSet<string> _changed = [];
    private readonly Lock _gate = new();

    /// <param name="folders">The folders to watch; they need not exist yet.</param>
    /// <param name="changed">Called with the full paths that changed since the last call.</param>
    public ContentWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _timer = new Timer(_ => changed(Drain()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            _folders.Add(new WatchedFolder(folder, Touch));
        }

        _poll = new Timer(_ => _folders.ForEach(f => f.Check()), null, Poll, Poll);
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
        _poll.Dispose();
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }

        _timer.Dispose();
    }
}
