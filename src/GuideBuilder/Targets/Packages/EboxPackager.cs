using System.IO.Compression;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// Zips the E-box folder for trainers to hand out. Entries are sorted and carry one fixed
/// timestamp, so the same E-box always gives the same zip.
/// </summary>
public static class EboxPackager
{
    public static void Package(string eboxFolder, string zipPath, string topFolder, DateTimeOffset timestamp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
        using var stream = File.Create(zipPath);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        var files = Directory.GetFiles(eboxFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(eboxFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var compression = IsCompressed(file) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            var entry = zip.CreateEntry($"{topFolder}/{file}", compression);
            entry.LastWriteTime = timestamp;
            using var input = File.OpenRead(Path.Combine(eboxFolder, file));
            using var output = entry.Open();
            input.CopyTo(output);
        }
    }

    private static bool IsCompressed(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".mp4" or ".jpg" or ".jpeg" or ".png" or ".pdf" or ".zip" or ".pptx" or ".webm";
}
