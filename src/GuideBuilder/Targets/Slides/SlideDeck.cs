namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The slides of one module in one language, with what every slide repeats; <paramref name="EditionLabel"/>
/// ("Trainer edition") is shown on every slide by the slide master when set.
/// </summary>
public sealed record SlideDeck(string Language, string GuideTitle, string ModuleTitle, string Publisher, string TabColor, IReadOnlyList<Slide> Slides, string? EditionLabel = null);
