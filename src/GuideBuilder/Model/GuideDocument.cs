using GuideBuilder.Content;

namespace GuideBuilder.Model;

/// <summary>The whole guide, every language, built once and handed to every target.</summary>
public sealed record GuideDocument(GuideSettings Settings, IReadOnlyList<GuideEdition> Editions, bool TrainerEdition)
{
    public GuideEdition Edition(string language) => Editions.First(e => e.Language == language);

    public GuideEdition? FindEdition(string language) => Editions.FirstOrDefault(e => e.Language == language);

    /// <summary>
    /// The edition that speaks for the whole guide (language choice, 404 page): the default
    /// language's, or the first one built when --lang leaves the default language out.
    /// </summary>
    public GuideEdition Lead => FindEdition(Settings.DefaultLanguage) ?? Editions[0];
}
