using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The deck's Office theme: the guide's colours and fonts, so that text a trainer adds in
/// PowerPoint or Impress matches the slides GuideBuilder drew. The format scheme is the minimum
/// the schema asks for (three of each style); the slides set their own fills.
/// </summary>
internal static class PptxTheme
{
    public const string Font = "Noto Sans";
    private const string Name = "GuideBuilder";

    public static void Write(XmlWriter writer, string tabColor)
    {
        writer.Start("a", "theme");
        writer.WriteAttributeString("name", Name);
        writer.Start("a", "themeElements");
        Colours(writer, tabColor);
        Fonts(writer);
        Formats(writer);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Colours(XmlWriter writer, string tab)
    {
        writer.Start("a", "clrScheme");
        writer.WriteAttributeString("name", Name);
        foreach (var (slot, colour) in new[]
        {
            ("dk1", PptxColours.Text), ("lt1", PptxColours.White), ("dk2", tab), ("lt2", PptxColours.Soft),
            ("accent1", tab), ("accent2", PptxColours.Muted), ("accent3", "2A7A2E"), ("accent4", "1D5FA6"), ("accent5", "B0252D"), ("accent6", "6B3FA0"),
            ("hlink", "1D5FA6"), ("folHlink", "6B3FA0"),
        })
        {
            writer.Start("a", slot);
            writer.Rgb(colour);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Fonts(XmlWriter writer)
    {
        writer.Start("a", "fontScheme");
        writer.WriteAttributeString("name", Name);
        foreach (var role in new[] { "majorFont", "minorFont" })
        {
            writer.Start("a", role);
            writer.Empty("a", "latin", ("typeface", Font));
            writer.Empty("a", "ea", ("typeface", ""));
            writer.Empty("a", "cs", ("typeface", ""));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Formats(XmlWriter writer)
    {
        writer.Start("a", "fmtScheme");
        writer.WriteAttributeString("name", Name);
        ThreeTimes(writer, "fillStyleLst", PlaceholderFill);
        writer.Start("a", "lnStyleLst");
        foreach (var width in new[] { "9525", "25400", "38100" })
        {
            writer.Start("a", "ln");
            writer.WriteAttributeString("w", width);
            PlaceholderFill(writer);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        ThreeTimes(writer, "effectStyleLst", w =>
        {
            w.Start("a", "effectStyle");
            w.Empty("a", "effectLst");
            w.WriteEndElement();
        });
        ThreeTimes(writer, "bgFillStyleLst", PlaceholderFill);
        writer.WriteEndElement();
    }

    private static void ThreeTimes(XmlWriter writer, string list, Action<XmlWriter> style)
    {
        writer.Start("a", list);
        for (var i = 0; i < 3; i++)
        {
            style(writer);
        }

        writer.WriteEndElement();
    }

    private static void PlaceholderFill(XmlWriter writer)
    {
        writer.Start("a", "solidFill");
        writer.Empty("a", "schemeClr", ("val", "phClr"));
        writer.WriteEndElement();
    }
}
