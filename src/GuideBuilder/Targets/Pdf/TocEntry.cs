using GuideBuilder.Palette;

namespace GuideBuilder.Targets.Pdf;

/// <summary>One line of the printed table of contents, with its page number as text.</summary>
public sealed record TocEntry(string Anchor, int Number, string Title, string TabColor, bool IsModule, string PageNumber, string? Lang, IReadOnlyList<TocEntry> Sections)
{
    /// <summary>The tab's readable shades, as CSS custom properties for a <c>style</c> attribute.</summary>
    public string TabStyle => TabShades.For(TabColor).Style;
}
