using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>A language in the switcher or on the language-choice page.</summary>
/// <param name="Anchors">The section ids the page has in that language, so the switcher can keep the reader's <c>#section</c>.</param>
public sealed record LanguageLink(
    string Code,
    string Name,
    Address Url,
    bool IsCurrent,
    string Title,
    string Choose,
    string NotFound,
    string NotFoundText,
    string BackHome,
    IReadOnlyList<string> Anchors);
