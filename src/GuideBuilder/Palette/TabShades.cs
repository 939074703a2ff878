using System.Collections.Concurrent;

namespace GuideBuilder.Palette;

/// <summary>
/// The colours a tab is shown in. <see cref="Brand"/> is exactly the palette's colour and goes where
/// no text sits on it (borders, stripes, thumb tabs); the other shades are the nearest to it, in the
/// same hue, that stay readable on what they are used on (WCAG 2 contrast, the ratios are below).
/// </summary>
/// <param name="Brand">The palette colour, unchanged.</param>
/// <param name="Text">Normal text and links on white, the theme's soft grey and the tab's own tints: 4.5:1.</param>
/// <param name="Large">Large text (headings) on the same backgrounds, and borders that carry meaning: 3:1.</param>
/// <param name="Fill">A background for text: the brand colour when white or ink on it reaches 4.5:1, otherwise the nearest shade that does.</param>
/// <param name="On">The text colour on <see cref="Fill"/>: white or ink, whichever reads better.</param>
public sealed record TabShades(string Brand, string Text, string Large, string Fill, string On)
{
    /// <summary>The theme's text colour (--ink in guide.css and print.css).</summary>
    public static readonly Srgb Ink = Srgb.Parse("#1c2227");

    /// <summary>The darker of the themes' soft greys (--soft: #f4f6f7 on screen, #f2f4f5 in print).</summary>
    public static readonly Srgb Soft = Srgb.Parse("#f2f4f5");

    public const double TextRatio = 4.5;

    public const double LargeRatio = 3.0;

    /// <summary>The strongest tint of the tab the themes put text on (boxes 5 %, Voices 7 %, print boxes 6 %).</summary>
    public const double StrongestTint = 0.07;

    private static readonly ConcurrentDictionary<string, TabShades> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The CSS custom properties the theme reads, for a <c>style</c> attribute.</summary>
    public string Style { get; } = $"--tab: {Brand}; --tab-text: {Text}; --tab-large: {Large}; --tab-fill: {Fill}; --tab-on: {On}";

    /// <summary>Whether the build had to move away from the brand colour for text.</summary>
    public bool Adjusted => Text != Brand || Fill != Brand;

    /// <summary>The shades of a #rrggbb colour (the palette is validated before this is asked).</summary>
    public static TabShades For(string brandHex) => Cache.GetOrAdd(brandHex, Derive);

    private static TabShades Derive(string brandHex)
    {
        var brand = Srgb.Parse(brandHex);
        Srgb[] backgrounds = [Srgb.White, Soft, brand.Mix(StrongestTint, Srgb.White)];
        var text = ShadeSearch.Reaching(brand, backgrounds, TextRatio, darker: true);
        var large = ShadeSearch.Reaching(brand, backgrounds, LargeRatio, darker: true);
        var (fill, on) = FillOf(brand);
        return new TabShades(brand.ToHex(), text.ToHex(), large.ToHex(), fill.ToHex(), on.ToHex());
    }

    /// <summary>White text on a darker shade or ink on a lighter one, whichever moves less from the brand (nothing when one already reads).</summary>
    private static (Srgb Fill, Srgb On) FillOf(Srgb brand)
    {
        var underWhite = ShadeSearch.Reaching(brand, [Srgb.White], TextRatio, darker: true);
        var underInk = ShadeSearch.Reaching(brand, [Ink], TextRatio, darker: false);
        if (underWhite == brand && underInk == brand)
        {
            return brand.ContrastWith(Srgb.White) >= brand.ContrastWith(Ink) ? (brand, Srgb.White) : (brand, Ink);
        }

        return ShadeSearch.Distance(brand, underWhite) <= ShadeSearch.Distance(brand, underInk)
            ? (underWhite, Srgb.White)
            : (underInk, Ink);
    }
}
