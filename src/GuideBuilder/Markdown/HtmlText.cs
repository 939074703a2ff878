namespace GuideBuilder.Markdown;

/// <summary>
/// Escapes text for HTML content and quoted attribute values (templates quote every attribute):
/// the characters that start a tag or an entity or end an attribute value.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
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
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }
}
