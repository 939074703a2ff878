namespace GuideBuilder.Markdown;

/// <summary>
/// Escapes text for HTML content and attribute values, quoted or not: the characters that end
/// text or an attribute (also ' = and `, as Handlebars did, so pages stay the same).
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'`=") < 0)
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }
}
