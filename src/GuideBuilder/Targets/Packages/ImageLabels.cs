namespace GuideBuilder.Targets.Packages;

/// <summary>What the CD-ROM shows of the guide: its volume label, the title Explorer shows (autorun.inf) and the colours of its icon.</summary>
public sealed record ImageLabels(string Volume, string Title, IReadOnlyList<string> Colours);
