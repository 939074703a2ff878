using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>A language in the switcher or on the language-choice page.</summary>
public sealed record LanguageLink(
    string Code,
    string Name,
    Address Url,
    bool IsCurrent,
    string Title,
    string Choose,
    string NotFound,
    string NotFoundText,
    string BackHome);
