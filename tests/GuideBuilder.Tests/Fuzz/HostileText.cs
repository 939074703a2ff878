using System.Globalization;
using System.Text;

namespace GuideBuilder.Tests.Fuzz;

/// <summary>Random text made of what breaks publishing tools: every script and direction, astral characters, markup, escapes and control characters.</summary>
internal sealed class HostileText(Random random)
{
    private static readonly string[] Pieces =
    [
        "Social protection", "migrant workers", "accès aux soins", "protección social", "año", "l'égalité", "Ça va",
        "😀", "🌍", "👩🏽‍🌾", "🇵🇭", "𠮷田 花子", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝟙𝟚𝟛",
        "الحماية الاجتماعية", "עובדים מהגרים", "\u202Eevil\u202C", "\u200F", "\u200D",
        "e\u0301", "a\u0308\u0323", "Z\u0351\u0352\u0353\u0354", "ﬁ", "ß", "İ", "ǅ",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "'><svg onload=alert(1)>",
        "\"'&", "&amp;", "&lt;b&gt;", "&#106;avascript:", "{{ title }}", "{{{ body }}}", "{% raw %}", "${x}", "gb:asset/../x",
        "gb:page/alpha", "../../../etc/passwd", "C:\\Windows", "*emphasis*", "`code`", "[link](javascript:alert(1))",
        "<javascript:alert(1)>", "\\", "#", ":", "- ", "| a | b |", "---", "...", "%", "@", "!", "?",
        "\t", "  ", "\u00A0", "\u202F", "\u2028", "\uFEFF",
    ];

    private static readonly string[] ControlPieces = ["\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\uFFFE", "\uFDD0"];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Next(int min, int max) => random.Next(min, max);

    /// <summary>Pieces a tidy guide can hold without an error: no link that runs code.</summary>
    private static readonly string[] TidyPieces = [.. Pieces.Where(p => !p.Contains("javascript", StringComparison.OrdinalIgnoreCase))];

    /// <summary>A few words, mostly plain, sometimes hostile; control characters and code links only when <paramref name="anything"/>.</summary>
    public string Words(bool anything, int maxPieces = 6)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(anything && Chance(0.05) ? Pick(ControlPieces) : Chance(0.5) ? Pick(anything ? Pieces : TidyPieces) : Word());
        }

        return builder.ToString();
    }

    public string Word()
    {
        var length = random.Next(1, 10);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('a' + random.Next(26)));
        }

        return builder.ToString();
    }

    public string Colour() => "#" + random.Next(0x1000000).ToString("x6", CultureInfo.InvariantCulture);
}
