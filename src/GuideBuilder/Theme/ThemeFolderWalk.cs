namespace GuideBuilder.Theme;

/// <summary>
/// The files under a theme folder, walked without descending into linked folders. Written by hand
/// because Directory.EnumerateFiles follows folder links: a loop (assets/loop -> ..) was walked until
/// its paths overflowed. A linked folder is returned as an entry of its own, to be checked.
/// </summary>
internal static class ThemeFolderWalk
{
    public static IEnumerable<string> Files(string folder) =>
        Entries(folder).Where(entry => !entry.IsLinkedFolder).Select(entry => entry.Path);

    public static IEnumerable<(string Path, bool IsLinkedFolder)> Entries(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (List(current) is not { } listed)
            {
                continue;
            }

            foreach (var file in listed.Files)
            {
                yield return (file, false);
            }

            foreach (var sub in listed.Folders)
            {
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
                else
                {
                    yield return (sub, true);
                }
            }
        }
    }

    private static (string[] Files, string[] Folders)? List(string folder)
    {
        try
        {
            return (Directory.GetFiles(folder), Directory.GetDirectories(folder));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
