namespace GuideBuilder.Content;

/// <summary>A training exercise for group work, as written in a module's front matter.</summary>
public sealed record Exercise(
    string Id,
    string Title,
    string Type,
    string Duration,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Materials,
    LocatedText Instructions,
    LocatedText? FacilitatorNotes,
    MediaReference? Handout)
{
    /// <summary>The duration in minutes, read from <see cref="Duration"/>; null when it is not given (or not valid).</summary>
    public int? Minutes { get; init; }
}
