using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Markdown;

/// <summary>A WebVTT caption file of a local video, in one language.</summary>
public sealed record CaptionTrack(string Language, AssetAddress File);
