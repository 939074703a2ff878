namespace GuideBuilder.Targets.Slides;

/// <summary>The theme's neutral colours as PowerPoint writes them (RRGGBB, no '#'); text on white passes 4.5:1.</summary>
internal static class PptxColours
{
    public const string Text = "1C2227";
    public const string Muted = "4F5B62";
    public const string Soft = "EEF1F3";
    public const string White = "FFFFFF";

    public static string FromCss(string cssColour) => cssColour.TrimStart('#').ToUpperInvariant();
}
