using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Model;

/// <summary>A key resource ready for the theme.</summary>
public sealed record ResourceView(string Title, string Type, string TypeLabel, string? Url, AssetAddress? File, string? FileName, string? FileSize, string Description);
