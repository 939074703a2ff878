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
    string? HandoutName)
{
    /// <summary>The duration in minutes; null when the module gives none. <see cref="Duration"/> is the same written in the edition's language.</summary>
    public int? Minutes { get; init; }

    /// <summary>The instructions' list items (or paragraphs) as plain text, for slides.</summary>
    public IReadOnlyList<string> InstructionPoints { get; init; } = [];

    /// <summary>The facilitator notes as plain text, one line per paragraph, for speaker notes; trainer edition only.</summary>
    public string? FacilitatorNotesText { get; init; }
}
