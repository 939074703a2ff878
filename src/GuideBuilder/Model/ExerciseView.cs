using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Model;

/// <summary>An exercise ready for the theme.</summary>
public sealed record ExerciseView(
    string Id,
    int Number,
    string Title,
    string Type,
    string TypeLabel,
    string Duration,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Materials,
    HtmlFragment Instructions,
    HtmlFragment? FacilitatorNotes,
    AssetAddress? Handout,
    string? HandoutName);
