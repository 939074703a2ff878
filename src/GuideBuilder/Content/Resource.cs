namespace GuideBuilder.Content;

/// <summary>A key resource: a publication, standard, video... online, shipped with the guide, or both.</summary>
public sealed record Resource(string Title, string Type, string? Url, MediaReference? File, string Description);
