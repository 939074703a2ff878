using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Markdown;

/// <summary>What a <c>::: video</c> box plays: a local file with captions, or an online address.</summary>
public sealed record VideoSource(AssetAddress? File, AssetAddress? Poster, IReadOnlyList<CaptionTrack> Captions, string? OnlineUrl);
