using System.Globalization;
using System.Xml;

namespace GuideBuilder.Translations.Xliff;

/// <summary>Text that XML 1.0 cannot hold (control characters, U+FFFE): XLIFF's <c>&lt;cp/&gt;</c> in content, a replacement character where only display matters.</summary>
public static class XmlText
{
    public static void Write(XmlWriter writer, string text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(text[i]))
            {
                writer.WriteString(text[from..i]);
                writer.WriteStartElement("cp", XliffNames.Core);
                writer.WriteAttributeString("hex", ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                from = i + 1;
            }
        }

        writer.WriteString(text[from..]);
    }

    /// <summary>The text with every character XML cannot hold replaced, for notes and display hints.</summary>
    public static string Displayable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
