using System.Collections.Concurrent;
using System.Text.Json;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// What one build made, kept for the next one under keys from <see cref="RenderInputs"/> (content
/// hashes of every input, never file times): each module read, each module's anchors, each page
/// rendered from Markdown, each HTML file rendered through the theme. <c>guide serve</c> keeps one
/// for as long as it runs, so a save re-renders only what the saved file changes. Every entry
/// carries the diagnostics its work reported, which a hit reports again. <c>guide build</c> keeps the
/// rendered files and the slide decks on disk (<see cref="OnDisk"/>) for the next build.
/// </summary>
public sealed class BuildCache
{
    /// <summary>The folder of the build cache inside the output folder: beside the formats' folders, never published.</summary>
    public const string FolderName = ".guide-cache";

    private const string FilesKind = "files";
    private const string DecksKind = "decks";
    private const string LayoutsKind = "layouts";
    private readonly CacheFolder? _disk;
    private readonly ConcurrentDictionary<string, Entry<byte[]>> _decks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Kind, string Key), byte> _usedOnDisk = new();
    private int _decksWritten;
    private readonly ConcurrentDictionary<string, Entry<ModuleEntry>> _modules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<OutlineEntry>> _outlines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<PageEntry>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<FileEntry>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<LayoutEntry>> _layouts = new(StringComparer.Ordinal);
    private int _generation;
    private int _modulesRead;
    private int _pagesRendered;
    private int _filesRendered;

    public BuildCache()
    {
    }

    private BuildCache(string folder) => _disk = new CacheFolder(folder);

    /// <summary>What the current build had to do itself, for the serve log and the tests.</summary>
    public CacheCounts Counts => new(_modulesRead, _pagesRendered, _filesRendered, _decksWritten);

    /// <summary>A cache that also reads rendered files and decks from <paramref name="outputDirectory"/>/.guide-cache/, and writes them there on <see cref="Save"/>.</summary>
    public static BuildCache OnDisk(string outputDirectory) => new(Path.Combine(Path.GetFullPath(outputDirectory), FolderName));

    /// <summary>Starts a build: the counts go back to zero.</summary>
    public void BeginBuild()
    {
        Interlocked.Increment(ref _generation);
        _usedOnDisk.Clear();
        _modulesRead = 0;
        _pagesRendered = 0;
        _filesRendered = 0;
        _decksWritten = 0;
    }

    /// <summary>Forgets what the last build did not use (a deleted module, an old version of a page), so serve does not grow.</summary>
    public void Sweep()
    {
        Sweep(_modules);
        Sweep(_outlines);
        Sweep(_pages);
        Sweep(_files);
        Sweep(_decks);
        Sweep(_layouts);
    }

    /// <summary>Deletes from the disk cache what this build did not use, so it holds one build; call after a successful build.</summary>
    public void Save()
    {
        if (_disk is null)
        {
            return;
        }

        try
        {
            _disk.Prune(FilesKind, Used(FilesKind));
            _disk.Prune(DecksKind, Used(DecksKind));
            _disk.Prune(LayoutsKind, Used(LayoutsKind));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the output is complete without it.
        }
    }

    /// <summary>A slide deck's bytes, when a build wrote the same plan before.</summary>
    public byte[]? Deck(string key)
    {
        if (_disk is null)
        {
            return Get(_decks, key);
        }

        // On disk, entries are read when needed and not kept: a build holds no more in memory for its cache.
        var stored = _disk.Read(DecksKind, key);
        if (stored is not null)
        {
            _usedOnDisk[(DecksKind, key)] = 0;
        }

        return stored;
    }

    public void Deck(string key, byte[] bytes)
    {
        Interlocked.Increment(ref _decksWritten);
        if (_disk is null)
        {
            Put(_decks, key, bytes);
        }
        else
        {
            Store(DecksKind, key, bytes);
        }
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

    public FileEntry? File(string key)
    {
        if (_disk is null)
        {
            return Get(_files, key);
        }

        if (_disk.Read(FilesKind, key) is not { } stored || Deserialize(stored) is not { } read)
        {
            return null;
        }

        _usedOnDisk[(FilesKind, key)] = 0;
        return read;
    }

    public void File(string key, FileEntry entry)
    {
        Interlocked.Increment(ref _filesRendered);
        if (_disk is null)
        {
            Put(_files, key, entry);
        }
        else
        {
            Store(FilesKind, key, JsonSerializer.SerializeToUtf8Bytes(entry));
        }
    }

    /// <summary>Where the last build of a textbook put its blank pages and page numbers, for its first pass to start from.</summary>
    public LayoutEntry? Layout(string key)
    {
        if (_disk is null)
        {
            return Get(_layouts, key);
        }

        if (_disk.Read(LayoutsKind, key) is not { } stored || LayoutEntry.Read(stored) is not { } read)
        {
            return null;
        }

        _usedOnDisk[(LayoutsKind, key)] = 0;
        return read;
    }

    public void Layout(string key, LayoutEntry entry)
    {
        if (_disk is null)
        {
            Put(_layouts, key, entry);
        }
        else
        {
            Store(LayoutsKind, key, JsonSerializer.SerializeToUtf8Bytes(entry));
        }
    }

    private static FileEntry? Deserialize(byte[] stored)
    {
        try
        {
            return JsonSerializer.Deserialize<FileEntry>(stored) is { Text: not null, Assets: not null } entry ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes an entry to the disk cache; one that cannot be written is left out (only a cache).</summary>
    private void Store(string kind, string key, byte[] payload)
    {
        try
        {
            _disk!.Write(kind, key, payload);
            _usedOnDisk[(kind, key)] = 0;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The build goes on; the next one renders this file again.
        }
    }

    private HashSet<string> Used(string kind) => [.. _usedOnDisk.Keys.Where(k => k.Kind == kind).Select(k => k.Key)];

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
