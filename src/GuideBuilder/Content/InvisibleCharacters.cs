using System.Buffers;
using System.Globalization;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>
/// Characters no output can carry: control characters other than tab, line feed and carriage
/// return, Unicode noncharacters (U+FFFE, U+FDD0...) and halves of a surrogate pair standing alone.
/// XML (slide decks) rejects them, HTML counts them as parse errors, and editors do not show them,
/// so each one is an error where it is written (GB045), in guide check as in guide build.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>What a reported character becomes, so that later stages neither crash on it nor report it again.</summary>
    public const char Replacement = '\uFFFD';

    private const int MaxReportsPerFile = 20;

    /// <summary>
    /// Every UTF-16 unit that can be (part of) a forbidden character: a text with none of them, almost
    /// every text, is found clean by one vectorised search instead of a walk character by character.
    /// </summary>
    private static readonly SearchValues<char> Candidates = SearchValues.Create(string.Concat(
        Range('\u0000', '\u0008'), "\u000B\u000C", Range('\u000E', '\u001F'), Range('\u007F', '\u009F'),
        Range('\uD800', '\uDFFF'), Range('\uFDD0', '\uFDEF'), "\uFFFE\uFFFF"));

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);

    /// <summary>How many UTF-16 units the character at <paramref name="index"/> takes if it is forbidden; 0 if it is fine.</summary>
    public static int ForbiddenLength(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                return IsNonCharacter(char.ConvertToUtf32(c, text[index + 1])) ? 2 : 0;
            }

            return 1;
        }

        if (char.IsLowSurrogate(c))
        {
            return 1;
        }

        return (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsNonCharacter(c) ? 1 : 0;
    }

    public static bool Contain(string text) => FirstIndex(text) >= 0;

    /// <summary>The text with every forbidden UTF-16 unit replaced, so that positions stay the same.</summary>
    public static string Replace(string text)
    {
        if (!Contain(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i += Width(text, i))
        {
            for (var k = 0; k < ForbiddenLength(text, i); k++)
            {
                chars[i + k] = Replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>The code point at an index as editors show it: U+0007, U+1FFFE.</summary>
    public static string Describe(string text, int index)
    {
        var length = ForbiddenLength(text, index);
        var code = length == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Reports every forbidden character of a file's text at its line and column, and returns the text without them.</summary>
    public static string ReportInFile(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(Candidates))
        {
            return text;
        }

        var reported = 0;
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i += Width(text, i))
        {
            if (ForbiddenLength(text, i) > 0 && reported++ < MaxReportsPerFile)
            {
                diagnostics.Error(new SourceLocation(displayPath, line, column), DiagnosticCodes.InvisibleCharacter,
                    $"the invisible character {Describe(text, i)} is not allowed in a guide",
                    "delete it (it often comes with text copied from a PDF or a word processor); tabs and line breaks are fine");
            }

            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += Width(text, i);
            }
        }

        return Replace(text);
    }

    /// <summary>Reports a value that holds a forbidden character written as an escape (YAML "\x07", Markdown "&amp;#7;").</summary>
    public static string ReportEscaped(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var index = FirstIndex(value);
        if (index < 0)
        {
            return value;
        }

        diagnostics.Error(at, DiagnosticCodes.InvisibleCharacter, $"the text here makes the invisible character {Describe(value, index)}, which is not allowed in a guide",
            "remove the escape that writes it (\\x.., \\u.... in YAML, &#...; in Markdown); tabs and line breaks are fine");
        return Replace(value);
    }

    public static int FirstIndex(string text)
    {
        if (!text.AsSpan().ContainsAny(Candidates))
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i += Width(text, i))
        {
            if (ForbiddenLength(text, i) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How far the next character reaches: a surrogate pair is one character in two units.</summary>
    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static bool IsNonCharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
