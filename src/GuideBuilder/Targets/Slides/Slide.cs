namespace GuideBuilder.Targets.Slides;

/// <summary>
/// One slide of a trainer's deck, as plain text: a small kicker line above the title, the title,
/// the points (or the quote and its speaker), and an optional note line at the foot. A numbered
/// list that runs over several slides goes on counting from <paramref name="FirstNumber"/>. An item's
/// further lines (after a line feed) are secondary, such as a resource's address. Notes are the
/// speaker notes (the facilitator notes, in the trainer edition).
/// </summary>
public sealed record Slide(SlideKind Kind, string Kicker, string Title, IReadOnlyList<string> Items, bool Numbered = false, string? Foot = null, int FirstNumber = 1, string? Notes = null);
