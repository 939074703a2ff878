namespace GuideBuilder.Theme;

/// <summary>What <see cref="ThemeEjector"/> did: files copied, files left because they exist, names the theme does not have (then nothing is copied).</summary>
public sealed record ThemeEjection(IReadOnlyList<string> Copied, IReadOnlyList<string> Kept, IReadOnlyList<string> Unknown, IReadOnlyList<string> Available);
