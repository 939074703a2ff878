using System.Diagnostics;
using System.Globalization;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// The E-box as a CD-ROM image, made by xorriso: ISO 9660 with Rock Ridge (Linux, macOS) and
/// Joliet (Windows) names, the E-box at the root with autorun.inf and the icon beside its
/// index.html. The same E-box gives the same bytes: every date is the build clock's, owners and
/// permissions are normalised (-r), no startup file is read (-no_rc), and the preparer and
/// application ids name GuideBuilder instead of xorriso's version.
/// </summary>
public static class EboxImage
{
    public const string IconName = "guide.ico";
    public const string AutorunName = "autorun.inf";

    /// <summary>Writes the image; returns null on success, else what xorriso said.</summary>
    public static string? Make(string xorriso, string eboxFolder, string isoPath, string extrasFolder, ImageLabels labels, DateTimeOffset timestamp)
    {
        Directory.CreateDirectory(extrasFolder);
        var autorun = Path.Combine(extrasFolder, AutorunName);
        var icon = Path.Combine(extrasFolder, IconName);
        File.WriteAllBytes(autorun, AutorunFile.Write(labels.Title, IconName, "index.html"));
        File.WriteAllBytes(icon, IconFile.Stripes(labels.Colours));
        var date = timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "00";
        string[] arguments =
        [
            "-no_rc", "-as", "mkisofs",
            "-o", isoPath,
            "-V", labels.Volume,
            "-A", "GUIDEBUILDER", "-p", "GUIDEBUILDER",
            "-J", "-r",
            $"--modification-date={date}",
            "--set_all_file_dates", date,
            "-graft-points",
            $"/={Graft(eboxFolder)}",
            $"/{AutorunName}={Graft(autorun)}",
            $"/{IconName}={Graft(icon)}",
        ];
        return Run(xorriso, arguments);
    }

    /// <summary>A disk path in a graft point, where '=' and '\\' must be escaped.</summary>
    private static string Graft(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal);

    private static string? Run(string xorriso, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(xorriso) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("it did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : LastLines(errors.Result + output.Result);
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return error.Message;
        }
    }

    private static string LastLines(string text) =>
        string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
