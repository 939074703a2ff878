namespace GuideBuilder.Targets.Slides;

/// <summary>A rectangle on a 16:9 slide, in inches (converted to EMU when written).</summary>
internal readonly record struct PptxBox(double X, double Y, double Width, double Height)
{
    public const double SlideWidth = 13.333;
    public const double SlideHeight = 7.5;
    public const long EmuPerInch = 914400;

    public static long Emu(double inches) => (long)Math.Round(inches * EmuPerInch);
}
