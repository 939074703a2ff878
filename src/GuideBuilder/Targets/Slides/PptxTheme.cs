using A = DocumentFormat.OpenXml.Drawing;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The deck's Office theme: the guide's colours and fonts, so that text a trainer adds in
/// PowerPoint or Impress matches the slides GuideBuilder drew. The format scheme is the minimum
/// the schema asks for (three of each style); the slides set their own fills.
/// </summary>
internal static class PptxTheme
{
    public const string Font = "Noto Sans";

    public static A.Theme Create(string tabColor) => new(
        new A.ThemeElements(Colours(tabColor), Fonts(), Formats()))
    { Name = "GuideBuilder" };

    private static A.ColorScheme Colours(string tab) => new(
        new A.Dark1Color(Rgb(PptxColours.Text)),
        new A.Light1Color(Rgb(PptxColours.White)),
        new A.Dark2Color(Rgb(tab)),
        new A.Light2Color(Rgb(PptxColours.Soft)),
        new A.Accent1Color(Rgb(tab)),
        new A.Accent2Color(Rgb(PptxColours.Muted)),
        new A.Accent3Color(Rgb("2A7A2E")),
        new A.Accent4Color(Rgb("1D5FA6")),
        new A.Accent5Color(Rgb("B0252D")),
        new A.Accent6Color(Rgb("6B3FA0")),
        new A.Hyperlink(Rgb("1D5FA6")),
        new A.FollowedHyperlinkColor(Rgb("6B3FA0")))
    { Name = "GuideBuilder" };

    private static A.FontScheme Fonts() => new(
        new A.MajorFont(new A.LatinFont { Typeface = Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
        new A.MinorFont(new A.LatinFont { Typeface = Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
    { Name = "GuideBuilder" };

    private static A.FormatScheme Formats() => new(
        new A.FillStyleList(PlaceholderFill(), PlaceholderFill(), PlaceholderFill()),
        new A.LineStyleList(Line(9525), Line(25400), Line(38100)),
        new A.EffectStyleList(new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList())),
        new A.BackgroundFillStyleList(PlaceholderFill(), PlaceholderFill(), PlaceholderFill()))
    { Name = "GuideBuilder" };

    private static A.SolidFill PlaceholderFill() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line(int width) => new(PlaceholderFill()) { Width = width };

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };
}
