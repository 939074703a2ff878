namespace GuideBuilder.Targets.Slides;

/// <summary>The theme's neutral colours as PowerPoint writes them (RRGGBB, no '#'); text on white passes 4.5:1.</summary>
internal static class PptxColours
{
    public const string Text = "1C2227";
    public const string Muted = "4F5B62";
    public const string Soft = "EEF1F3";
    public const string White = "FFFFFF";

    /// <summary>The trainer edition's label: ink on amber, readable on white and on any tab colour it sits beside.</summary>
    public const string EditionBadge = "FFD54F";

    public static string FromCss(string cssColour) => cssColour.TrimStart('#').ToUpperInvariant();
}
