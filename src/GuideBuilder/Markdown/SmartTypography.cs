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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SmartyPantOptions> ByLanguage = new(StringComparer.Ordinal);

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
    /// Plain text such as a front-matter field, typeset as the pipeline typesets Markdown:
    /// apostrophes, double quotes in the language's style, -- and --- as dashes, ... as an ellipsis. Written here
    /// because Markdig's SmartyPants works on parsed inlines, and parsing a plain field as Markdown
    /// would also take its * and _ for emphasis.
    /// </summary>
    public static string PlainText(string text, string language)
    {
        text = Apostrophes(text);
        if (!text.Contains('"') && !text.Contains("--", StringComparison.Ordinal) && !text.Contains("...", StringComparison.Ordinal))
        {
            return text;
        }

        var mapping = For(language).Mapping;
        var typeset = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                var opens = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–';
                typeset.Append(mapping[opens ? SmartyPantType.LeftDoubleQuote : SmartyPantType.RightDoubleQuote]);
            }
            else if (text.AsSpan(i).StartsWith("---"))
            {
                typeset.Append(mapping[SmartyPantType.Dash3]);
                i += 2;
            }
            else if (text.AsSpan(i).StartsWith("--"))
            {
                typeset.Append(mapping[SmartyPantType.Dash2]);
                i += 1;
            }
            else if (text.AsSpan(i).StartsWith("..."))
            {
                typeset.Append(mapping[SmartyPantType.Ellipsis]);
                i += 2;
            }
            else
            {
                typeset.Append(text[i]);
            }
        }

        return typeset.ToString();
    }

    /// <summary>
    /// An apostrophe sits between a letter or digit and a letter (worker's), or ends a plural
    /// possessive (workers' rights); a quote mark does not.
    /// </summary>
    private static bool IsApostrophe(char before, char after) =>
        (char.IsLetterOrDigit(before) && char.IsLetter(after)) || (before is 's' or 'S' && !char.IsLetterOrDigit(after));

    /// <summary>The mapping for a language, made once: every Markdown render of the build asks for it. Read-only by convention.</summary>
    public static SmartyPantOptions For(string language) => ByLanguage.GetOrAdd(language, Create);

    private static SmartyPantOptions Create(string language)
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
