namespace GuideBuilder.Targets.PrintedPages;

/// <summary>Where printed page <paramref name="Label"/> begins: at block <paramref name="Block"/> (a <see cref="BlockIds"/> key; empty: the part's start) of page <paramref name="PageId"/>.</summary>
public sealed record PrintedPageStart(string Label, string PageId, string Block);
