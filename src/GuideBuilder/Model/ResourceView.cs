namespace GuideBuilder.Model;

/// <summary>A key resource ready for the theme.</summary>
public sealed record ResourceView(string Title, string Type, string TypeLabel, string? Url, string? File, string? FileName, string? FileSize, string Description);
