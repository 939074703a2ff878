namespace GuideBuilder.Markdown;

/// <summary>
/// Escapes text for HTML content and quoted attribute values (templates quote every attribute):
/// the characters that start a tag or an entity or end an attribute value.
/// </summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\"'");

    public static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 16);
        var start = 0;
        while (next >= 0)
        {
            escaped.Append(text, start, next).Append(Entity(text[start + next]));
            start += next + 1;
            next = text.AsSpan(start).IndexOfAny(Special);
        }

        return escaped.Append(text, start, text.Length - start).ToString();
    }

    private static string Entity(char special) => special switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        _ => "&#x27;",
    };
}
