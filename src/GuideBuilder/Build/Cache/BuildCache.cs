using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// What one build made, kept for the next one under keys from <see cref="RenderInputs"/> (content
/// hashes of every input, never file times): each module read, each module's anchors, each page
/// rendered from Markdown, each HTML file rendered through the theme. <c>guide serve</c> keeps one
/// for as long as it runs, so a save re-renders only what the saved file changes. Every entry
/// carries the diagnostics its work reported, which a hit reports again. <c>guide build</c> keeps every
/// kind on disk (<see cref="OnDisk"/>) for the next build, read when needed and not kept in memory.
/// </summary>
public sealed class BuildCache
{
    /// <summary>The folder of the build cache inside the output folder: beside the formats' folders, never published.</summary>
    public const string FolderName = ".guide-cache";

    private const string FilesKind = "files";
    private const string DecksKind = "decks";
    private const string ModulesKind = "modules";
    private const string OutlinesKind = "outlines";
    private const string PagesKind = "pages";
    private const string LayoutsKind = "layouts";
    private static readonly string[] Kinds = [ModulesKind, OutlinesKind, PagesKind, FilesKind, DecksKind, LayoutsKind];
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
    private int _outlinesParsed;

    public BuildCache()
    {
    }

    private BuildCache(string folder) => _disk = new CacheFolder(folder);

    /// <summary>Whether entries are kept on disk (and read back as new objects), rather than in memory.</summary>
    public bool IsOnDisk => _disk is not null;

    /// <summary>What the current build had to do itself, for the serve log and the tests.</summary>
    public CacheCounts Counts => new(_modulesRead, _pagesRendered, _filesRendered, _decksWritten, _outlinesParsed);

    /// <summary>A cache that reads its entries from <paramref name="outputDirectory"/>/.guide-cache/ and writes them there; <see cref="Save"/> prunes it to what the build used.</summary>
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
        _outlinesParsed = 0;
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
            foreach (var kind in Kinds)
            {
                _disk.Prune(kind, Used(kind));
            }
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

    public ModuleEntry? Module(string key) => _disk is null ? Get(_modules, key) : Load(ModulesKind, key, CacheJson.Entries.ModuleEntry);

    public void Module(string key, ModuleEntry entry)
    {
        Interlocked.Increment(ref _modulesRead);
        Keep(_modules, ModulesKind, key, entry, CacheJson.Entries.ModuleEntry);
    }

    public OutlineEntry? Outline(string key) => _disk is null ? Get(_outlines, key) : Load(OutlinesKind, key, CacheJson.Entries.OutlineEntry);

    public void Outline(string key, OutlineEntry entry)
    {
        Interlocked.Increment(ref _outlinesParsed);
        Keep(_outlines, OutlinesKind, key, entry, CacheJson.Entries.OutlineEntry);
    }

    public PageEntry? Page(string key) => _disk is null ? Get(_pages, key) : Load(PagesKind, key, CacheJson.Entries.PageEntry);

    public void Page(string key, PageEntry entry)
    {
        Interlocked.Increment(ref _pagesRendered);
        Keep(_pages, PagesKind, key, entry, CacheJson.Entries.PageEntry);
    }

    public FileEntry? File(string key) =>
        _disk is null ? Get(_files, key) : Load(FilesKind, key, CacheJson.Entries.FileEntry) is { Text: not null, Assets: not null } entry ? entry : null;

    public void File(string key, FileEntry entry)
    {
        Interlocked.Increment(ref _filesRendered);
        Keep(_files, FilesKind, key, entry, CacheJson.Entries.FileEntry);
    }

    /// <summary>Where the last build of a textbook put its blank pages and page numbers, for its first pass to start from.</summary>
    public LayoutEntry? Layout(string key) => _disk is null ? Get(_layouts, key) : Load(LayoutsKind, key, CacheJson.Entries.LayoutEntry);

    public void Layout(string key, LayoutEntry entry) => Keep(_layouts, LayoutsKind, key, entry, CacheJson.Entries.LayoutEntry);

    /// <summary>
    /// An entry of the disk cache, read now and not kept: a build holds no more in memory for its cache.
    /// One that does not read back whole (another shape, a member missing) is a miss, and is made again.
    /// </summary>
    private T? Load<T>(string kind, string key, JsonTypeInfo<T> type)
        where T : class
    {
        if (_disk!.Read(kind, key) is not { } stored)
        {
            return null;
        }

        T? entry;
        try
        {
            entry = JsonSerializer.Deserialize(stored, type);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }

        if (entry is not null)
        {
            _usedOnDisk[(kind, key)] = 0;
        }

        return entry;
    }

    /// <summary>Keeps an entry in memory (serve), or writes it to the disk cache (build).</summary>
    private void Keep<T>(ConcurrentDictionary<string, Entry<T>> store, string kind, string key, T entry, JsonTypeInfo<T> type)
        where T : class
    {
        if (_disk is null)
        {
            Put(store, key, entry);
            return;
        }

        byte[] payload;
        try
        {
            payload = JsonSerializer.SerializeToUtf8Bytes(entry, type);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // Something the cache cannot store: the next build does this work again, as without a cache.
            return;
        }

        Store(kind, key, payload);
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
