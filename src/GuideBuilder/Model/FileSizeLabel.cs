using System.Globalization;

namespace GuideBuilder.Model;

/// <summary>How a download's type and size are shown next to its link: "PDF, 2.1 MB", "PPTX, 38 KB".</summary>
public static class FileSizeLabel
{
    public static string For(string fullPath)
    {
        var bytes = File.Exists(fullPath) ? new FileInfo(fullPath).Length : 0;
        var extension = Path.GetExtension(fullPath).TrimStart('.').ToUpperInvariant();
        var size = bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
        return $"{extension}, {size}";
    }
}
