namespace GuideBuilder.Content;

/// <summary>A guide-wide text given once per language, such as the title.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    public string For(string language, string fallbackLanguage) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue(fallbackLanguage, out var fallback) ? fallback
        : "";
}
