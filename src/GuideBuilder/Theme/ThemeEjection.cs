namespace GuideBuilder.Theme;

/// <summary>
/// What <see cref="ThemeEjector"/> did: files copied, files left because they exist, files not
/// written because a link in theme/ takes them out of the content folder, and names the theme does
/// not have (then nothing is copied).
/// </summary>
public sealed record ThemeEjection(IReadOnlyList<string> Copied, IReadOnlyList<string> Kept, IReadOnlyList<string> Unknown, IReadOnlyList<string> Available)
{
    public IReadOnlyList<string> LeavingContent { get; init; } = [];
}
