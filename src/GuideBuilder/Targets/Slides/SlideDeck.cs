namespace GuideBuilder.Targets.Slides;

/// <summary>The slides of one module in one language, with what every slide repeats.</summary>
public sealed record SlideDeck(string Language, string GuideTitle, string ModuleTitle, string Publisher, string TabColor, IReadOnlyList<Slide> Slides);
