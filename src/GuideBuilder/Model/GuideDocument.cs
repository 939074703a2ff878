using GuideBuilder.Content;

namespace GuideBuilder.Model;

/// <summary>The whole guide, every language, built once and handed to every target.</summary>
public sealed record GuideDocument(GuideSettings Settings, IReadOnlyList<GuideEdition> Editions, bool TrainerEdition)
{
    public GuideEdition Edition(string language) => Editions.First(e => e.Language == language);
}
