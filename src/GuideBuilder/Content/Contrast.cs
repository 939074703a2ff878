using System.Globalization;

namespace GuideBuilder.Content;

/// <summary>WCAG 2 contrast ratios, to keep tab colours readable.</summary>
public static class Contrast
{
    public const double Minimum = 4.5;

    public static double AgainstWhite(string hexColor) => Ratio(Luminance(hexColor), 1.0);

    public static double Ratio(double first, double second) =>
        (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);

    public static double Luminance(string hexColor)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hexColor.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
