namespace GuideBuilder.Targets.Pdf;

/// <summary>What GuideBuilder draws on one physical page of the book, and the number a viewer shows for it (<see cref="Label"/>, also on pages that print none).</summary>
public sealed record BookPage(string? NumberLabel, int? TabSlot, string? TabColor, string? TabLabel)
{
    public PageLabel Label { get; init; } = new(true, 1);

    /// <summary>A blank verso put in so that the next part opens on a right-hand page.</summary>
    public bool Blank { get; init; }
}
