namespace GuideBuilder.Planner;

/// <summary>A session or a break of a programme day, with its elapsed start and end ("1:30").</summary>
public sealed record PlannedSlot(string Kind, string Start, string End, string Duration, string Label, string Title, string TabStyle, string? Lang);
