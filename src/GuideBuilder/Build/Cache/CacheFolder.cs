using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// The build cache on disk, <c>out/.guide-cache/</c> (beside the published folders, never inside one):
/// one file per entry, named by its key, holding a header, the SHA-256 of its payload and the payload.
/// An entry that is truncated, corrupt or of another version is ignored (and rebuilt), never trusted.
/// </summary>
internal sealed class CacheFolder(string root)
{
    private const string Header = "guidebuilder-cache 1\n";
    private const int HashLength = 64;
    private readonly ConcurrentDictionary<string, bool> _kindsInside = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    public byte[]? Read(string kind, string key)
    {
        if (!InsideOutput(kind))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathOf(kind, key));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var prefix = Header.Length + HashLength + 1;
        if (bytes.Length < prefix || Encoding.ASCII.GetString(bytes, 0, Header.Length) != Header)
        {
            return null;
        }

        var payload = bytes[prefix..];
        var written = Encoding.ASCII.GetString(bytes, Header.Length, HashLength);
        return written == Convert.ToHexStringLower(SHA256.HashData(payload)) ? payload : null;
    }

    /// <summary>Writes an entry through a temporary file and a rename, so a reader never sees half of one.</summary>
    public void Write(string kind, string key, byte[] payload)
    {
        if (!InsideOutput(kind))
        {
            return;
        }

        var path = PathOf(kind, key);
        var folder = Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (folder.LinkTarget is not null)
        {
            return;
        }

        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
        using (var file = File.Create(temporary))
        {
            file.Write(Encoding.ASCII.GetBytes(Header + Convert.ToHexStringLower(SHA256.HashData(payload)) + "\n"));
            file.Write(payload);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes every entry of <paramref name="kind"/> that is not among <paramref name="keep"/>: the cache holds one build.</summary>
    public void Prune(string kind, IReadOnlySet<string> keep)
    {
        var folder = Path.Combine(Root, kind);
        if (!Directory.Exists(folder) || !InsideOutput(kind))
        {
            return;
        }

        // Links are neither followed nor deleted: only what the cache wrote is pruned.
        var everyEntry = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", everyEntry))
        {
            if (!keep.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// False when a symbolic link takes the kind's folder out of the output folder (say
    /// <c>out/.guide-cache/pages -&gt; ~/Documents</c>): the cache then neither reads, writes nor prunes
    /// there, and the build works as without a cache for that kind.
    /// </summary>
    private bool InsideOutput(string kind) =>
        _kindsInside.GetOrAdd(kind, k => Path.GetDirectoryName(Root) is { } output
            && Content.PathInsideRoot.Resolve(output, Path.Combine(Path.GetFileName(Root), k)) is not null);

    private string PathOf(string kind, string key) =>
        key.Length < 3 || !key.All(char.IsAsciiHexDigitLower)
            ? throw new ArgumentException("a cache key is lowercase hex", nameof(key))
            : Path.Combine(Root, kind, key[..2], key);
}
