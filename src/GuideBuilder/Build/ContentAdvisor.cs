using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Build;

/// <summary>
/// The extra advice of <c>guide check</c>, beyond what stops a build: media files too heavy for an
/// E-box on a USB stick or a slow connection, headings too long for the table of contents and
/// the running header (malformed web addresses are warned about while reading, in build and check alike).
/// </summary>
public static class ContentAdvisor
{
    public const long ImageBudget = 500 * 1024;
    public const long VideoBudget = 50 * 1024 * 1024;
    public const int LongHeading = 90;

    public static void Advise(LoadedGuide loaded, DiagnosticBag diagnostics)
    {
        var folder = loaded.Folder;
        foreach (var module in loaded.ModulesByLanguage.Values.SelectMany(m => m))
        {
            var at = module.IdLocation;
            if (module.Title.Length > LongHeading)
            {
                diagnostics.Warning(at, DiagnosticCodes.InvalidValue, $"the title has {module.Title.Length} characters; long titles crowd the table of contents",
                    "set a 'short-title' for tabs and running headers, or shorten the title");
            }

            foreach (var line in module.Body.Text.Split('\n').Select((text, index) => (text, index)).Where(l => l.text.StartsWith("##", StringComparison.Ordinal) && l.text.Length > LongHeading + 3))
            {
                diagnostics.Warning(module.Body.Location with { Line = module.Body.Location.Line + line.index }, DiagnosticCodes.InvalidValue,
                    "this heading is very long for the table of contents", "keep headings under 90 characters");
            }

            WarnAboutPlaceholders(folder, module, diagnostics);
        }

        WarnAboutMedia(folder, diagnostics);
    }

    /// <summary>The texts <c>guide new module</c> wrote, each at its line, until the editor replaces them.</summary>
    private static void WarnAboutPlaceholders(ContentFolder folder, SourceModule module, DiagnosticBag diagnostics)
    {
        var lines = File.ReadAllText(folder.FullPath(module.RelativePath)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var placeholder in Scaffolds.ModulePlaceholders)
            {
                var at = lines[i].IndexOf(placeholder, StringComparison.Ordinal);
                if (at >= 0)
                {
                    diagnostics.Warning(new SourceLocation(module.IdLocation.Path, i + 1, at + 1), DiagnosticCodes.ScaffoldPlaceholder,
                        $"'{placeholder}' is the placeholder text of 'guide new module'", "replace it with the module's own text, or delete it");
                }
            }
        }
    }

    private static void WarnAboutMedia(ContentFolder folder, DiagnosticBag diagnostics)
    {
        var media = Directory.Exists(folder.FullPath("media")) ? Directory.EnumerateFiles(folder.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }) : [];
        foreach (var file in media.Where(f => f.Contains($"{Path.DirectorySeparatorChar}media{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var size = new FileInfo(file).Length;
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var budget = extension is ".mp4" or ".webm" ? VideoBudget : extension is ".png" or ".jpg" or ".jpeg" or ".svg" or ".gif" or ".webp" ? ImageBudget : long.MaxValue;
            if (size > budget)
            {
                diagnostics.Warning(SourceLocation.File(folder.DisplayPath(folder.ToRelative(file))), DiagnosticCodes.InvalidValue,
                    $"this file is {size / 1024} KB, over the {budget / 1024} KB budget for its kind", "compress or resize it: every reader of the E-box and the site downloads it");
            }
        }
    }
}
