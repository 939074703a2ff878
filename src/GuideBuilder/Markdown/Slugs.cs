using System.Globalization;
using System.Text;

namespace GuideBuilder.Markdown;

/// <summary>
/// Turns heading text into stable lowercase-hyphen ids. Markdig's AutoIdentifiers keeps
/// non-ASCII letters or drops them; ours folds accents (protección -> proteccion) so that ids
/// are the same whatever the keyboard of the person who links to them.
/// </summary>
public static class Slugs
{
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length > 0 ? builder.ToString() : "section";
    }

    /// <summary>Lowercase with accents removed, one character out for each character in.</summary>
    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = FoldChar(text[i]);
        }

        return new string(chars);
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        // Half of an emoji or of a rare CJK character cannot be normalised alone; it is not a letter to fold.
        if (char.IsSurrogate(c))
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark ? c : char.ToLowerInvariant(first);
    }
}
