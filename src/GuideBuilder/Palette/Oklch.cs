namespace GuideBuilder.Palette;

/// <summary>
/// A colour in OKLCH (Björn Ottosson's OKLab in polar form): changing L keeps the hue as the eye
/// sees it, which HSL lightness does not, so a darker shade of a brand colour still reads as the brand.
/// </summary>
public readonly record struct Oklch(double L, double C, double H)
{
    public static Oklch From(Srgb colour)
    {
        var (r, g, b) = (Srgb.Linear(colour.R), Srgb.Linear(colour.G), Srgb.Linear(colour.B));
        var l = Math.Cbrt((0.4122214708 * r) + (0.5363325363 * g) + (0.0514459929 * b));
        var m = Math.Cbrt((0.2119034982 * r) + (0.6806995451 * g) + (0.1073969566 * b));
        var s = Math.Cbrt((0.0883024619 * r) + (0.2817188376 * g) + (0.6299787005 * b));
        var lightness = (0.2104542553 * l) + (0.7936177850 * m) - (0.0040720468 * s);
        var a = (1.9779984951 * l) - (2.4285922050 * m) + (0.4505937099 * s);
        var bb = (0.0259040371 * l) + (0.7827717662 * m) - (0.8086757660 * s);
        return new Oklch(lightness, Math.Sqrt((a * a) + (bb * bb)), Math.Atan2(bb, a));
    }

    /// <summary>The nearest sRGB colour: at this lightness and hue, the chroma is reduced until the colour is displayable.</summary>
    public Srgb ToSrgb()
    {
        if (Linear(C) is { } inGamut)
        {
            return Encode(inGamut);
        }

        var (low, high) = (0.0, C);
        for (var i = 0; i < 24; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Linear(middle) is null ? (low, middle) : (middle, high);
        }

        return Encode(Linear(low) ?? (L, L, L));
    }

    private (double R, double G, double B)? Linear(double chroma)
    {
        var a = chroma * Math.Cos(H);
        var b = chroma * Math.Sin(H);
        var l = Math.Pow(L + (0.3963377774 * a) + (0.2158037573 * b), 3);
        var m = Math.Pow(L - (0.1055613458 * a) - (0.0638541728 * b), 3);
        var s = Math.Pow(L - (0.0894841775 * a) - (1.2914855480 * b), 3);
        var red = (4.0767416621 * l) - (3.3077115913 * m) + (0.2309699292 * s);
        var green = (-1.2684380046 * l) + (2.6097574011 * m) - (0.3413193965 * s);
        var blue = (-0.0041960863 * l) - (0.7034186147 * m) + (1.7076956901 * s);
        const double Tolerance = 1e-7;
        return new[] { red, green, blue }.All(v => v is >= -Tolerance and <= 1 + Tolerance) ? (red, green, blue) : null;
    }

    private static Srgb Encode((double R, double G, double B) linear) =>
        new(Srgb.Encode(linear.R), Srgb.Encode(linear.G), Srgb.Encode(linear.B));
}
