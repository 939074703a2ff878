using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>The guide in one language: its pages in reading order and its interface strings.</summary>
public sealed record GuideEdition(
    string Language,
    UiStrings Ui,
    string Title,
    string Subtitle,
    string Publisher,
    string Licence,
    IReadOnlyList<GuidePage> Pages)
{
    /// <summary>The edition's index, made from the index marks of its pages (empty when there are none).</summary>
    public BookIndex Index { get; init; } = BookIndex.Empty;

    public GuidePage? Find(string id) => Pages.FirstOrDefault(p => p.Id == id);

    /// <summary>The glossary, sorted by term in the edition's language; empty when the guide has none.</summary>
    public IReadOnlyList<GlossaryItem> Glossary { get; init; } = [];
}
