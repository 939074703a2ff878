using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets.Html;

namespace GuideBuilder.Targets.Ebox;

/// <summary>
/// Which source file gave each E-box file its name, for the packaging check to report at: a
/// module for its page's folder, a media or theme file for its copy, and guide.yml for the rest
/// (downloads named after the guide's title, the language pages).
/// </summary>
public static class EboxOrigins
{
    public static IReadOnlyList<EboxPath> Of(IReadOnlyList<OutputFile> files, TargetContext context)
    {
        var pages = context.Document.Editions
            .SelectMany(e => e.Pages.Select(p => (Folder: Path.GetDirectoryName(Addressing.PageFile(e.Language, p))!.Replace('\\', '/') + "/", p.SourcePath)))
            .ToList();
        var content = Path.GetFullPath(context.Content.Root) + Path.DirectorySeparatorChar;
        var settings = SourceLocation.File(context.Content.DisplayPath("guide.yml"));
        return [.. files.Select(file => new EboxPath(file.Path, Origin(file, pages, content, context.Content, settings)))];
    }

    private static SourceLocation Origin(OutputFile file, List<(string Folder, string SourcePath)> pages, string content, ContentFolder folder, SourceLocation settings)
    {
        if (pages.FirstOrDefault(p => file.Path.StartsWith(p.Folder, StringComparison.Ordinal)) is { SourcePath: { } source })
        {
            return SourceLocation.File(folder.DisplayPath(source));
        }

        if (file.CopyFrom is { } from && (Path.GetFullPath(from).StartsWith(content, StringComparison.Ordinal) || file.Path.StartsWith("assets/", StringComparison.Ordinal)))
        {
            return SourceLocation.File(ContentFolder.Display(Path.GetFullPath(from)));
        }

        return settings;
    }
}
