using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>The usual mapping of the theme's colours (dark text on light background) that masters must declare, and that slides take over.</summary>
internal static class PptxColourMap
{
    public static void Write(XmlWriter writer) => writer.Empty("p", "clrMap",
        ("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2"),
        ("accent1", "accent1"), ("accent2", "accent2"), ("accent3", "accent3"), ("accent4", "accent4"), ("accent5", "accent5"), ("accent6", "accent6"),
        ("hlink", "hlink"), ("folHlink", "folHlink"));

    /// <summary>A slide's, a layout's or a notes page's statement that it uses its master's mapping.</summary>
    public static void WriteOverride(XmlWriter writer)
    {
        writer.Start("p", "clrMapOvr");
        writer.Empty("a", "masterClrMapping");
        writer.WriteEndElement();
    }
}
