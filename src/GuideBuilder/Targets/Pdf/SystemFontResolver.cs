using PdfSharp.Fonts;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// PDFsharp has no access to system fonts on Linux; this resolver gives it the sans-serif the
/// theme uses (Noto Sans, else DejaVu or Liberation Sans, else Arial on Windows and macOS) for
/// the page numbers and tab numbers it draws.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "GuideBuilder Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "/Library/Fonts", "/System/Library/Fonts/Supplemental",
    ];

    private static readonly string[] BoldFiles = ["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"];
    private static readonly string[] RegularFiles = ["NotoSans-Regular.ttf", "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf", "Arial.ttf"];
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp allows only one).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver();
                _installed = true;
            }
        }
    }

    public static string? FindFile(bool bold)
    {
        var names = bold ? BoldFiles : RegularFiles;
        foreach (var name in names)
        {
            foreach (var folder in Folders.Where(Directory.Exists))
            {
                var found = Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName)
    {
        var file = FindFile(faceName == "bold") ?? FindFile(false)
            ?? throw new InvalidOperationException("no TrueType sans-serif font found; install fonts-noto-core (Debian) or DejaVu fonts");
        return File.ReadAllBytes(file);
    }
}
