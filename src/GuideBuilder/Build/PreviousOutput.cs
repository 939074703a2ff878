using System.Buffers;
using System.Collections.Concurrent;

namespace GuideBuilder.Build;

/// <summary>
/// The files the previous build left in out/. A staged file whose bytes equal the previous one's
/// becomes a hard link to it instead of a new file: nothing is written, the file keeps its date (so a
/// sync to a web server skips it), and the file system is spared creating and later deleting a file,
/// which on ext4 cost more than rendering the page.
/// </summary>
internal sealed class PreviousOutput(string outputDirectory)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Each folder of out/ resolved once a build (null when a link takes it outside): a site's pages share a few hundred folders.</summary>
    private readonly ConcurrentDictionary<string, string?> _realFolders = new(StringComparer.Ordinal);

    /// <summary>Links <paramref name="staged"/> to the previous file at <paramref name="relative"/> below out/ when it holds exactly <paramref name="bytes"/>.</summary>
    public bool TryReuse(string relative, ReadOnlySpan<byte> bytes, string staged)
    {
        var previous = Path.Combine(outputDirectory, relative);
        return Holds(previous, bytes) && LinkInside(relative, staged);
    }

    /// <summary>True when <paramref name="path"/> is a regular file (not a link) holding exactly <paramref name="bytes"/>.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes) => RegularFileOfLength(path, bytes.Length) && SameBytes(path, bytes);

    /// <summary>Links <paramref name="staged"/> to the previous file at <paramref name="relative"/> below out/ when it holds the same bytes as <paramref name="source"/>.</summary>
    public bool TryReuse(string relative, string source, string staged)
    {
        var previous = Path.Combine(outputDirectory, relative);
        return new FileInfo(source) is { Exists: true } info && RegularFileOfLength(previous, info.Length) && SameBytes(previous, source)
            && LinkInside(relative, staged);
    }

    /// <summary>
    /// A folder of out/ that is a link to elsewhere must not make the new output a second name of a file
    /// the build does not own; the file itself was just found to be no link.
    /// </summary>
    private bool LinkInside(string relative, string staged) =>
        _realFolders.GetOrAdd(Path.GetDirectoryName(relative) ?? "", folder => Content.PathInsideRoot.Resolve(outputDirectory, folder)) is { } real
        && HardLink.TryCreate(Path.Combine(real, Path.GetFileName(relative)), staged);

    private static bool RegularFileOfLength(string path, long length) =>
        new FileInfo(path) is { Exists: true, LinkTarget: null } info && info.Length == length
        && (info.Attributes & FileAttributes.ReparsePoint) == 0;

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var rented = ArrayPool<byte>.Shared.Rent(Math.Clamp(bytes.Length, 1, ChunkSize));
        try
        {
            var buffer = rented.AsSpan(0, Math.Clamp(bytes.Length, 1, ChunkSize));
            for (var offset = 0; offset < bytes.Length; offset += buffer.Length)
            {
                var expected = bytes.Slice(offset, Math.Min(buffer.Length, bytes.Length - offset));
                if (stream.ReadAtLeast(buffer[..expected.Length], expected.Length, throwOnEndOfStream: false) != expected.Length
                    || !buffer[..expected.Length].SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool SameBytes(string first, string second)
    {
        using var a = new FileStream(first, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var b = new FileStream(second, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var rented = ArrayPool<byte>.Shared.Rent(2 * ChunkSize);
        try
        {
            var left = rented.AsSpan(0, ChunkSize);
            var right = rented.AsSpan(ChunkSize, ChunkSize);
            while (true)
            {
                var read = a.ReadAtLeast(left, ChunkSize, throwOnEndOfStream: false);
                if (read != b.ReadAtLeast(right, ChunkSize, throwOnEndOfStream: false) || !left[..read].SequenceEqual(right[..read]))
                {
                    return false;
                }

                if (read < ChunkSize)
                {
                    return true;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
