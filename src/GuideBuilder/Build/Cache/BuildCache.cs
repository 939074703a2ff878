using System.Collections.Concurrent;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// What one build made, kept for the next one under keys from <see cref="RenderInputs"/> (content
/// hashes of every input, never file times): each module read, each module's anchors, each page
/// rendered from Markdown, each HTML file rendered through the theme. <c>guide serve</c> keeps one
/// for as long as it runs, so a save re-renders only what the saved file changes. Every entry
/// carries the diagnostics its work reported, which a hit reports again.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, Entry<ModuleEntry>> _modules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<OutlineEntry>> _outlines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<PageEntry>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<FileEntry>> _files = new(StringComparer.Ordinal);
    private int _generation;
    private int _modulesRead;
    private int _pagesRendered;
    private int _filesRendered;

    /// <summary>What the current build had to do itself, for the serve log and the tests.</summary>
    public CacheCounts Counts => new(_modulesRead, _pagesRendered, _filesRendered);

    /// <summary>Starts a build: the counts go back to zero.</summary>
    public void BeginBuild()
    {
        Interlocked.Increment(ref _generation);
        _modulesRead = 0;
        _pagesRendered = 0;
        _filesRendered = 0;
    }

    /// <summary>Forgets what the last build did not use (a deleted module, an old version of a page), so serve does not grow.</summary>
    public void Sweep()
    {
        Sweep(_modules);
        Sweep(_outlines);
        Sweep(_pages);
        Sweep(_files);
    }

    public ModuleEntry? Module(string key) => Get(_modules, key);

    public void Module(string key, ModuleEntry entry)
    {
        Interlocked.Increment(ref _modulesRead);
        Put(_modules, key, entry);
    }

    public OutlineEntry? Outline(string key) => Get(_outlines, key);

    public void Outline(string key, OutlineEntry entry) => Put(_outlines, key, entry);

    public PageEntry? Page(string key) => Get(_pages, key);

    public void Page(string key, PageEntry entry)
    {
        Interlocked.Increment(ref _pagesRendered);
        Put(_pages, key, entry);
    }

    public FileEntry? File(string key) => Get(_files, key);

    public void File(string key, FileEntry entry)
    {
        Interlocked.Increment(ref _filesRendered);
        Put(_files, key, entry);
    }

    private T? Get<T>(ConcurrentDictionary<string, Entry<T>> store, string key)
        where T : class
    {
        if (!store.TryGetValue(key, out var entry))
        {
            return null;
        }

        entry.Generation = _generation;
        return entry.Value;
    }

    private void Put<T>(ConcurrentDictionary<string, Entry<T>> store, string key, T value)
        where T : class => store[key] = new Entry<T>(value) { Generation = _generation };

    private void Sweep<T>(ConcurrentDictionary<string, Entry<T>> store)
        where T : class
    {
        foreach (var (key, entry) in store)
        {
            if (entry.Generation != _generation)
            {
                store.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry<T>(T value)
    {
        public T Value { get; } = value;

        public int Generation { get; set; }
    }
}
