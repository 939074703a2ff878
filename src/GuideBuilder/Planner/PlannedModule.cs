using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Planner;

/// <summary>A module in the workshop planner: its teaching time, its exercises, and what they add up to.</summary>
public sealed record PlannedModule(
    int Number,
    string NumberLabel,
    string Title,
    string TabStyle,
    PageAddress Url,
    string? Lang,
    int? TeachingMinutes,
    string? Teaching,
    IReadOnlyList<PlannedExercise> Exercises,
    int TotalMinutes,
    string Total);
