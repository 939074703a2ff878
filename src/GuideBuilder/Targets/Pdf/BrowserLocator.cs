namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Finds an installed Chromium-family browser to print PDFs with. GuideBuilder never downloads
/// a browser: it uses the system's Chromium, Chrome or Edge, or the one named by --browser or
/// the GUIDE_BROWSER environment variable.
/// </summary>
public static class BrowserLocator
{
    public const string InstallHint =
        "install Chromium (Debian/Ubuntu: 'sudo apt-get install chromium'; Fedora: 'sudo dnf install chromium'; " +
        "macOS: install Google Chrome; Windows: Edge is built in), or pass --browser PATH";

    public static IReadOnlyList<string> Candidates()
    {
        if (OperatingSystem.IsWindows())
        {
            var programFiles = new[] { Environment.GetEnvironmentVariable("ProgramFiles"), Environment.GetEnvironmentVariable("ProgramFiles(x86)"), Environment.GetEnvironmentVariable("LOCALAPPDATA") }
                .OfType<string>();
            return [.. programFiles.SelectMany(root => new[]
            {
                Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe"),
                Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe"),
                Path.Combine(root, "Chromium", "Application", "chrome.exe"),
            })];
        }

        if (OperatingSystem.IsMacOS())
        {
            return
            [
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            ];
        }

        // On Debian the /usr/bin/chromium wrapper script misbehaves headless; the real binary comes first.
        return
        [
            "/usr/lib/chromium/chromium",
            "/usr/lib/chromium-browser/chromium-browser",
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/usr/bin/microsoft-edge",
            "/snap/bin/chromium",
        ];
    }

    /// <summary>The browser to use, or null when none is installed.</summary>
    public static string? Find(string? explicitPath = null)
    {
        var chosen = explicitPath ?? Environment.GetEnvironmentVariable("GUIDE_BROWSER");
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen) ? Path.GetFullPath(chosen) : null;
        }

        return Candidates().FirstOrDefault(File.Exists);
    }

    /// <summary>Flags for a headless browser that must not reach the network on its own.</summary>
    public static IReadOnlyList<string> QuietFlags =>
    [
        "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio",
        // Chromium refuses to start its sandbox as root (containers, CI).
        .. Environment.UserName == "root" ? ["--no-sandbox"] : Array.Empty<string>(),
    ];
}
