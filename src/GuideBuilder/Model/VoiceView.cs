namespace GuideBuilder.Model;

/// <summary>A Voice ready for the theme: the quote rendered, the photo as an address placeholder.</summary>
public sealed record VoiceView(string Name, string Role, string Country, string QuoteHtml, string? Photo, string? PhotoAlt, string Initials);
