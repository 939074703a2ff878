namespace GuideBuilder.Targets.Pdf;

/// <summary>What GuideBuilder draws on one physical page of the book.</summary>
public sealed record BookPage(string? NumberLabel, int? TabSlot, string? TabColor, string? TabLabel);
