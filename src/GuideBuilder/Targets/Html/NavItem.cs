using GuideBuilder.Palette;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>A module in the navigation, the pager or the home page's list; <c>Lang</c> is set when its title is in another language (a fallback).</summary>
public sealed record NavItem(PageAddress Url, int Number, string? NumberLabel, string Title, string ShortTitle, string TabColor, string? Summary, bool IsCurrent, string? Lang)
{
    /// <summary>The tab's readable shades, as CSS custom properties for a <c>style</c> attribute.</summary>
    public string TabStyle => TabShades.For(TabColor).Style;
}
