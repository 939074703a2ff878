namespace GuideBuilder.Palette;

/// <summary>Finds the shade of a colour nearest to it, in the same OKLCH hue, that reaches a contrast ratio.</summary>
public static class ShadeSearch
{
    private const double Step = 0.002;

    /// <summary>
    /// The colour itself when it already reaches <paramref name="ratio"/> against every background;
    /// otherwise the first shade, stepping OKLCH lightness down (<paramref name="darker"/>) or up,
    /// that does. Black or white at the end of the road always does for light or dark backgrounds.
    /// </summary>
    public static Srgb Reaching(Srgb colour, IReadOnlyList<Srgb> backgrounds, double ratio, bool darker)
    {
        if (Reaches(colour, backgrounds, ratio))
        {
            return colour;
        }

        var start = Oklch.From(colour);
        for (var lightness = start.L; lightness is >= 0 and <= 1; lightness += darker ? -Step : Step)
        {
            var shade = (start with { L = lightness }).ToSrgb();
            if (Reaches(shade, backgrounds, ratio))
            {
                return shade;
            }
        }

        return darker ? Srgb.Black : Srgb.White;
    }

    /// <summary>How far (in OKLCH lightness) a shade is from the colour it was made from.</summary>
    public static double Distance(Srgb colour, Srgb shade) => Math.Abs(Oklch.From(colour).L - Oklch.From(shade).L);

    private static bool Reaches(Srgb colour, IReadOnlyList<Srgb> backgrounds, double ratio) =>
        backgrounds.All(background => colour.ContrastWith(background) >= ratio);
}
