using System.Diagnostics;

namespace GuideBuilder.Translations;

/// <summary>
/// Finds the version of a source file that a translation was made from: the newest commit in
/// git history whose text has the fingerprint the translation records. GuideBuilder keeps no
/// snapshots of its own; guides live in git, and git already keeps every version.
/// </summary>
public static class SourceHistory
{
    private const int MaxCommits = 300;

    /// <summary>The source text with that fingerprint, or null (not in git, or never committed).</summary>
    public static string? Find(string sourceFile, string fingerprint, Func<string, string?> fingerprintOf)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(sourceFile))!;
        var top = Git(folder, "rev-parse", "--show-toplevel")?.Trim();
        if (string.IsNullOrEmpty(top))
        {
            return null;
        }

        var relative = Path.GetRelativePath(top, Path.GetFullPath(sourceFile)).Replace('\\', '/');
        var commits = Git(top, "log", $"--max-count={MaxCommits}", "--format=%H", "--", relative)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        foreach (var commit in commits)
        {
            var text = Git(top, "show", $"{commit}:{relative}");
            if (text is not null && fingerprintOf(text.Replace("\r\n", "\n", StringComparison.Ordinal)) == fingerprint)
            {
                return text;
            }
        }

        return null;
    }

    private static string? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
