using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Model;

/// <summary>A Voice ready for the theme: the quote rendered, the photo as an address.</summary>
public sealed record VoiceView(string Name, string Role, string Country, HtmlFragment Quote, AssetAddress? Photo, string? PhotoAlt, string Initials)
{
    /// <summary>The quote as plain text, for slides.</summary>
    public string QuoteText { get; init; } = "";
}
