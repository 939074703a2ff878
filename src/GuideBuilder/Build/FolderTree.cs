namespace GuideBuilder.Build;

/// <summary>
/// Walks a folder GuideBuilder owns under out/ without ever following a link: a link found there
/// (to a file or to a folder) is removed as a name, never entered, so nothing outside out/ is touched.
/// </summary>
internal static class FolderTree
{
    /// <summary>Removes every file and link below <paramref name="root"/> that <paramref name="keep"/> refuses; real folders stay, empty or not.</summary>
    /// <exception cref="IOException">Something that should go is still there.</exception>
    /// <param name="keep">Given each real file's path relative to <paramref name="root"/>, with '/' between folders.</param>
    public static void RemoveFiles(string root, Func<string, bool> keep) => RemoveFiles(new DirectoryInfo(root), "", keep);

    /// <summary>Removes every folder below <paramref name="root"/> that holds nothing, deepest first; true when <paramref name="root"/> itself is left empty.</summary>
    public static bool RemoveEmptyFolders(string root)
    {
        var empty = true;
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder && !IsLink(folder) && RemoveEmptyFolders(folder.FullName))
            {
                folder.Delete();
            }
            else
            {
                empty = false;
            }
        }

        return empty;
    }

    /// <summary>Deletes <paramref name="path"/> with everything in it; a link there is removed as a name only.</summary>
    public static void Delete(string path)
    {
        var entry = new DirectoryInfo(path);
        if (entry.LinkTarget is not null)
        {
            RemoveName(entry);
        }
        else if (entry.Exists)
        {
            entry.Delete(recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>True when <paramref name="path"/> is a folder itself, not a link to one.</summary>
    public static bool IsRealFolder(string path) => new DirectoryInfo(path) is { Exists: true, LinkTarget: null };

    private static void RemoveFiles(DirectoryInfo folder, string prefix, Func<string, bool> keep)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = prefix + entry.Name;
            if (IsLink(entry))
            {
                RemoveName(entry);
            }
            else if (entry is DirectoryInfo inner)
            {
                RemoveFiles(inner, relative + "/", keep);
            }
            else if (!keep(relative))
            {
                entry.Delete();
            }
        }

        // A name the platform cannot spell back (not UTF-8) is listed changed, and deleting that changed name does nothing.
        if (folder.EnumerateFileSystemInfos().FirstOrDefault(entry => (IsLink(entry) || entry is not DirectoryInfo) && !keep(prefix + entry.Name)) is { } left)
        {
            throw new IOException($"cannot remove {left.FullName}");
        }
    }

    /// <summary>A symbolic link or junction, told from the folder listing itself (no system call per entry).</summary>
    public static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>Unlinks a symbolic link or junction; a link to a folder is deleted as a folder on Windows, as a file elsewhere.</summary>
    private static void RemoveName(FileSystemInfo link)
    {
        if (OperatingSystem.IsWindows() && (link.Attributes & FileAttributes.Directory) != 0)
        {
            Directory.Delete(link.FullName);
        }
        else
        {
            File.Delete(link.FullName);
        }
    }
}
