using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Planner;

/// <summary>An exercise in the workshop planner.</summary>
public sealed record PlannedExercise(
    string Number,
    string Title,
    string Type,
    string TypeLabel,
    int? Minutes,
    string Duration,
    IReadOnlyList<string> Materials,
    AssetAddress? Handout,
    string? HandoutName,
    PageAddress Url);
