namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// What an import writes in place of a unit's source text: its translation as Markdown, or null to
/// keep the source marked as still to translate. <see cref="Target"/> is the translation as the file
/// gave it, to wrap a paragraph's lines as the source's were.
/// </summary>
public sealed record UnitReplacement(XliffUnit Unit, string? Text)
{
    public IReadOnlyList<XliffPart>? Target { get; init; }
}
