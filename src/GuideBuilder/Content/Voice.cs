namespace GuideBuilder.Content;

/// <summary>Someone who introduces a module in their own words.</summary>
public sealed record Voice(string Name, string Role, string Country, LocatedText Quote, MediaReference? Photo);
