using System.Globalization;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// The sheet around the trimmed page. The digital edition is the trimmed page itself; the print
/// edition adds 3 mm of bleed on every side (tabs, covers and dividers run into it) and a 10 mm
/// slug outside that for the crop marks.
/// </summary>
public sealed record PrintGeometry(double TrimWidthMm, double TrimHeightMm, double BleedMm, double SlugMm)
{
    public const double PrintBleedMm = 3;
    public const double PrintSlugMm = 10;

    private static readonly Dictionary<string, (double Width, double Height)> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = (210, 297),
        ["A5"] = (148, 210),
        ["B5"] = (176, 250),
        ["Letter"] = (215.9, 279.4),
        ["Legal"] = (215.9, 355.6),
    };

    public double OffsetMm => BleedMm + SlugMm;

    public bool IsPrint => BleedMm > 0;

    public static PrintGeometry For(string pageSize, bool print)
    {
        var (width, height) = Sizes.GetValueOrDefault(pageSize, Sizes["A4"]);
        return print ? new PrintGeometry(width, height, PrintBleedMm, PrintSlugMm) : new PrintGeometry(width, height, 0, 0);
    }

    /// <summary>The @page rules that size the sheet and keep the text where it would be on the trimmed page.</summary>
    public string PageCss()
    {
        string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";
        var o = OffsetMm;
        return $$"""
            @page { size: {{Mm(TrimWidthMm + (2 * o))}} {{Mm(TrimHeightMm + (2 * o))}}; margin: {{Mm(22 + o)}} {{Mm(24 + o)}} {{Mm(24 + o)}} {{Mm(20 + o)}}; }
            @page :left { margin-left: {{Mm(24 + o)}}; margin-right: {{Mm(20 + o)}}; }
            @page :right { margin-left: {{Mm(20 + o)}}; margin-right: {{Mm(24 + o)}}; }
            @page cover { margin: {{Mm(SlugMm)}}; }
            @page divider { margin: {{Mm(SlugMm)}}; }

            """;
    }
}
