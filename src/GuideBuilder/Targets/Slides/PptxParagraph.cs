using System.Xml;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// A paragraph of DrawingML text: plain (<paramref name="Bullet"/> null) or a list point, with
/// <paramref name="SpaceBefore"/> in hundredths of a point; <see cref="Empty"/> is the bare
/// paragraph a text body must hold at least one of.
/// </summary>
internal sealed record PptxParagraph(string Language, IReadOnlyList<PptxRun> Runs, int SpaceBefore = 0, PptxBullet? Bullet = null, bool Centred = false)
{
    public static readonly PptxParagraph Empty = new("", []);

    private static readonly long ListIndent = PptxBox.Emu(0.4);

    public void WriteTo(XmlWriter writer)
    {
        writer.Start("a", "p");
        if (!ReferenceEquals(this, Empty))
        {
            WriteProperties(writer);
        }

        foreach (var run in Runs)
        {
            run.WriteTo(writer, Language);
        }

        writer.WriteEndElement();
    }

    private void WriteProperties(XmlWriter writer)
    {
        writer.Start("a", "pPr");
        if (Bullet is not null)
        {
            writer.Attribute("marL", ListIndent);
            writer.Attribute("indent", -ListIndent);
        }

        if (Centred)
        {
            writer.WriteAttributeString("algn", "ctr");
        }

        writer.Start("a", "spcBef");
        writer.Empty("a", "spcPts", ("val", SpaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        writer.WriteEndElement();
        if (Bullet is { } bullet)
        {
            writer.Start("a", "buClr");
            writer.Rgb(bullet.Colour);
            writer.WriteEndElement();
            writer.Empty("a", "buFont", ("typeface", PptxTheme.Font));
            if (bullet.Number is { } number)
            {
                writer.Empty("a", "buAutoNum", ("type", "arabicPeriod"), ("startAt", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                writer.Empty("a", "buChar", ("char", "•"));
            }
        }
        else
        {
            writer.Empty("a", "buNone");
        }

        writer.WriteEndElement();
    }
}
