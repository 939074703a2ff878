namespace GuideBuilder.Targets.Html;

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c> of a site page.</summary>
public sealed record AlternateLink(string Code, string Href);
