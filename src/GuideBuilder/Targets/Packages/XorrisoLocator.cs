namespace GuideBuilder.Targets.Packages;

/// <summary>
/// Finds xorriso, which makes the E-box's CD-ROM image, as the browser is found: the one named by
/// --xorriso or the GUIDE_XORRISO environment variable, else the first on PATH. GuideBuilder does
/// not download it.
/// </summary>
public static class XorrisoLocator
{
    public const string InstallHint =
        "install xorriso (Debian/Ubuntu: 'sudo apt-get install xorriso'; Fedora: 'sudo dnf install xorriso'; macOS: 'brew install xorriso'), or pass --xorriso PATH";

    /// <summary>The xorriso to run, or null when there is none.</summary>
    public static string? Find(string? explicitPath = null)
    {
        var chosen = explicitPath ?? Environment.GetEnvironmentVariable("GUIDE_XORRISO");
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen) ? Path.GetFullPath(chosen) : null;
        }

        var name = OperatingSystem.IsWindows() ? "xorriso.exe" : "xorriso";
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
            ?? (File.Exists("/usr/bin/xorriso") ? "/usr/bin/xorriso" : null);
    }
}
