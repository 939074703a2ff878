namespace GuideBuilder.Theme;

/// <summary>
/// The folders a theme is made of, the first one winning: the guide's own <c>theme/</c> folder,
/// then the base theme. A file is found by its path relative to the theme (layouts/module.sbn-html,
/// assets/guide.css), so an organisation overrides any single file and inherits the rest.
/// </summary>
public sealed class ThemeLayers(IReadOnlyList<string> folders)
{
    /// <summary>Every folder, the overriding ones first; the last one is the base theme.</summary>
    public IReadOnlyList<string> Folders { get; } = folders;

    public string BaseFolder => Folders[^1];

    /// <summary>The full path of a theme file, from the first folder that has it.</summary>
    public string? Find(string relativePath) =>
        Folders.Select(folder => Path.Combine(folder, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>The relative paths (with '/') of every file under <paramref name="sub"/> in any folder, sorted.</summary>
    public IReadOnlyList<string> FilesUnder(string sub) =>
        [.. Folders.Select(folder => Path.Combine(folder, sub))
            .Where(Directory.Exists)
            .SelectMany(folder => ThemeFolderWalk.Files(folder)
                .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
