using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build;

/// <summary>
/// Refuses an output folder that a build would wreck: <c>guide build --out .</c> once replaced the
/// content folder with the website. The folder must not hold or lie inside the content, the theme
/// or the interface strings, must not be / or the home folder, and when it is not empty it must be
/// one GuideBuilder wrote (it has <see cref="OutputLock.MarkerName"/>, or only format folders from
/// before the marker existed).
/// </summary>
public static class OutputFolderGuard
{
    private const string Hint = "build into a folder of its own, e.g. --out out (the default) or --out ../public";

    public static bool Check(string outputDirectory, IReadOnlyList<(string What, string Folder)> sources, IReadOnlyList<string> formatNames, DiagnosticBag diagnostics)
    {
        var output = PathInsideRoot.RealPath(outputDirectory) ?? Path.GetFullPath(outputDirectory);
        var problem = Problem(output, sources, formatNames);
        if (problem is null)
        {
            return true;
        }

        diagnostics.Error(SourceLocation.Option("--out"), DiagnosticCodes.UnsafeOutputFolder,
            $"the output folder {Path.GetFullPath(outputDirectory)} {problem}; the build would replace what is in it", Hint);
        return false;
    }

    private static string? Problem(string output, IReadOnlyList<(string What, string Folder)> sources, IReadOnlyList<string> formatNames)
    {
        if (Path.GetPathRoot(output) == output)
        {
            return "is the root of the disk";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && PathInsideRoot.RealPath(home) is { } realHome && SameFolder(output, realHome))
        {
            return "is your home folder";
        }

        foreach (var (what, folder) in sources)
        {
            var real = PathInsideRoot.RealPath(folder) ?? Path.GetFullPath(folder);
            if (PathInsideRoot.IsInside(real, output))
            {
                return SameFolder(real, output) ? $"is {what}" : $"holds {what} ({real})";
            }

            if (PathInsideRoot.IsInside(output, real))
            {
                return $"is inside {what} ({real})";
            }
        }

        return Directory.Exists(output) && !IsOurs(output, formatNames)
            ? $"is not empty and was not written by GuideBuilder (it has no {OutputLock.MarkerName})"
            : null;
    }

    private static bool SameFolder(string a, string b) => PathInsideRoot.IsInside(a, b) && PathInsideRoot.IsInside(b, a);

    /// <summary>Empty, marked, or holding only format folders and work folders (an output from before the marker).</summary>
    private static bool IsOurs(string output, IReadOnlyList<string> formatNames) =>
        File.Exists(Path.Combine(output, OutputLock.MarkerName))
        || Directory.EnumerateFileSystemEntries(output).All(entry => Path.GetFileName(entry) is var name
            && ((formatNames.Contains(name) && LooksBuilt(entry)) || name is OutputStaging.StagingName or OutputStaging.ScratchName or OutputStaging.WorkName or Cache.BuildCache.FolderName));

    /// <summary>
    /// A format folder from before the marker, as a build writes it: a folder named site/ or pdf/
    /// may as well hold someone's own files, which a build must not replace.
    /// </summary>
    private static bool LooksBuilt(string formatFolder)
    {
        if (!Directory.Exists(formatFolder))
        {
            return false;
        }

        var files = Directory.EnumerateFiles(formatFolder, "*", SearchOption.AllDirectories).ToList();
        return files.Count == 0
            || File.Exists(Path.Combine(formatFolder, "assets", "guide.js"))
            || files.All(file => Path.GetExtension(file) is ".pdf" or ".pptx" or ".zip" or ".iso"
                && Path.GetRelativePath(formatFolder, file).Count(c => c == Path.DirectorySeparatorChar) <= 1);
    }
}
