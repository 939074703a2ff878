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
    string InstructionsHtml,
    string? FacilitatorNotesHtml,
    string? Handout,
    string? HandoutName);
