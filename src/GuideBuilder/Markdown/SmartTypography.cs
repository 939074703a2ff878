using Markdig.Extensions.SmartyPants;

namespace GuideBuilder.Markdown;

/// <summary>
/// Typographic quotes, apostrophes and dashes for what authors type on a plain keyboard
/// (' " -- --- ...), in each language's convention: “English”, «español», « français » with
/// no-break spaces. The apostrophe is ’ everywhere.
/// </summary>
public static class SmartTypography
{
    private static readonly Dictionary<SmartyPantType, string> Neutral = new()
    {
        [SmartyPantType.Quote] = "’",
        [SmartyPantType.LeftQuote] = "‘",
        [SmartyPantType.RightQuote] = "’",
        [SmartyPantType.DoubleQuote] = "\"",
        [SmartyPantType.LeftDoubleQuote] = "“",
        [SmartyPantType.RightDoubleQuote] = "”",
        [SmartyPantType.LeftAngleQuote] = "«",
        [SmartyPantType.RightAngleQuote] = "»",
        [SmartyPantType.Ellipsis] = "…",
        [SmartyPantType.Dash2] = "–",
        [SmartyPantType.Dash3] = "—",
    };

    /// <summary>The character for plain text (headings, search, slides), where the language is not at hand.</summary>
    public static string Plain(SmartyPantType type) => Neutral[type];

    /// <summary>
    /// The keyboard apostrophe (worker's, workers', l'accord) as ’: in plain text such as
    /// front-matter fields, and in a piece of Markdown text whose neighbours are given.
    /// </summary>
    public static string Apostrophes(string text, char before = ' ', char after = ' ')
    {
        if (!text.Contains('\''))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\'' && IsApostrophe(i > 0 ? chars[i - 1] : before, i + 1 < chars.Length ? chars[i + 1] : after))
            {
                chars[i] = '’';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// An apostrophe sits between a letter or digit and a letter (worker's), or ends a plural
    /// possessive (workers' rights); a quote mark does not.
    /// </summary>
    private static bool IsApostrophe(char before, char after) =>
        (char.IsLetterOrDigit(before) && char.IsLetter(after)) || (before is 's' or 'S' && !char.IsLetterOrDigit(after));

    public static SmartyPantOptions For(string language)
    {
        var options = new SmartyPantOptions();
        foreach (var (type, text) in Neutral)
        {
            options.Mapping[type] = text;
        }

        var (open, close) = language switch
        {
            "fr" => ("«\u00a0", "\u00a0»"),
            "es" or "ca" or "it" or "pt" => ("«", "»"),
            "de" => ("„", "“"),
            _ => ("“", "”"),
        };
        options.Mapping[SmartyPantType.LeftDoubleQuote] = open;
        options.Mapping[SmartyPantType.RightDoubleQuote] = close;
        options.Mapping[SmartyPantType.LeftAngleQuote] = language == "fr" ? "«\u00a0" : "«";
        options.Mapping[SmartyPantType.RightAngleQuote] = language == "fr" ? "\u00a0»" : "»";
        return options;
    }
}
