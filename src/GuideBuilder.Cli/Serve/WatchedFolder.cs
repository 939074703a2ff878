namespace GuideBuilder.Cli.Serve;

/// <summary>
/// One folder that <see cref="ContentWatcher"/> watches, also while it does not exist. A
/// FileSystemWatcher follows the folder it was given, not its path: once the folder is deleted it
/// reports nothing, even when a folder of the same name is created again. So the parent folder
/// is watched for the folder's own name, and a poll (the parent may go too) re-arms the watcher
/// whenever the folder's existence changed, reporting the folder as changed each time.
/// </summary>
internal sealed class WatchedFolder : IDisposable
{
    private readonly Action<string> _touch;
    private readonly Lock _gate = new();
    private FileSystemWatcher? _tree;
    private FileSystemWatcher? _parent;
    private bool _disposed;
    private bool _armedOnce;

    public WatchedFolder(string path, Action<string> touch)
    {
        Path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        _touch = touch;
        Check();
        _armedOnce = true;
    }

    public string Path { get; }

    /// <summary>Arms what can be armed now; reports the folder when it appeared or went away since the last check.</summary>
    public void Check()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var exists = Directory.Exists(Path);
            if (exists != (_tree is not null))
            {
                Rearm(exists);
            }

            var parent = System.IO.Path.GetDirectoryName(Path);
            if (_parent is null && parent is not null && Directory.Exists(parent))
            {
                _parent = new FileSystemWatcher(parent, System.IO.Path.GetFileName(Path)) { NotifyFilter = NotifyFilters.DirectoryName };
                _parent.Created += (_, _) => Recheck();
                _parent.Deleted += (_, _) => Recheck();
                _parent.Renamed += (_, _) => Recheck();
                _parent.Error += (_, _) => DropParent();
                _parent.EnableRaisingEvents = true;
            }
        }
    }

    /// <summary>The folder itself was created, deleted or renamed: start again on whatever is at the path now.</summary>
    private void Recheck()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                Rearm(Directory.Exists(Path));
            }
        }
    }

    private void Rearm(bool exists)
    {
        _tree?.Dispose();
        _tree = exists ? TreeWatcher() : null;
        // The first arming is where watching starts, not a change.
        if (_armedOnce)
        {
            _touch(Path);
        }
    }

    private FileSystemWatcher TreeWatcher()
    {
        var watcher = new FileSystemWatcher(Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName,
        };
        watcher.Changed += (_, e) => _touch(e.FullPath);
        watcher.Created += (_, e) => _touch(e.FullPath);
        watcher.Deleted += (_, e) => _touch(e.FullPath);
        watcher.Renamed += (_, e) => _touch(e.FullPath);
        // An overflowed or broken watcher: start over at the next check, and rebuild in case something was missed.
        watcher.Error += (_, _) => DropTree();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void DropTree()
    {
        lock (_gate)
        {
            _tree?.Dispose();
            _tree = null;
            _touch(Path);
        }
    }

    private void DropParent()
    {
        lock (_gate)
        {
            _parent?.Dispose();
            _parent = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _tree?.Dispose();
            _parent?.Dispose();
        }
    }
}
