using System.Globalization;

namespace GuideBuilder.Palette;

/// <summary>An sRGB colour with 8-bit channels, as CSS writes it (#rrggbb).</summary>
public readonly record struct Srgb(byte R, byte G, byte B)
{
    public static readonly Srgb White = new(255, 255, 255);

    public static readonly Srgb Black = new(0, 0, 0);

    /// <summary>Reads #rrggbb (either case); the caller has checked the form.</summary>
    public static Srgb Parse(string hex) => new(Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>WCAG 2 relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>WCAG 2 contrast ratio, 1 to 21.</summary>
    public double ContrastWith(Srgb other)
    {
        var (first, second) = (Luminance, other.Luminance);
        return (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);
    }

    /// <summary>Like CSS <c>color-mix(in srgb, this share, other)</c>: channels mixed as encoded, not in linear light.</summary>
    public Srgb Mix(double share, Srgb other) => new(
        MixChannel(R, other.R, share), MixChannel(G, other.G, share), MixChannel(B, other.B, share));

    public static double Linear(byte channel)
    {
        var value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    public static byte Encode(double linear)
    {
        var clamped = Math.Clamp(linear, 0, 1);
        var value = clamped <= 0.0031308 ? clamped * 12.92 : (1.055 * Math.Pow(clamped, 1 / 2.4)) - 0.055;
        return (byte)Math.Round(value * 255, MidpointRounding.AwayFromZero);
    }

    private static byte Channel(string hex, int offset) =>
        byte.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static byte MixChannel(byte first, byte second, double share) =>
        (byte)Math.Round((first * share) + (second * (1 - share)), MidpointRounding.AwayFromZero);
}
