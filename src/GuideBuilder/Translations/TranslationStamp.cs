using System.Text.RegularExpressions;

namespace GuideBuilder.Translations;

/// <summary>
/// Writes <c>translation-of: FINGERPRINT</c> into a translation's front matter, changing nothing
/// else in the file (a YAML round trip would lose the translator's comments and layout).
/// </summary>
public static partial class TranslationStamp
{
    public static string Apply(string fileText, string fingerprint)
    {
        var newline = fileText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (ExistingLine().IsMatch(fileText))
        {
            return ExistingLine().Replace(fileText, $"translation-of: {fingerprint}", 1);
        }

        var lines = fileText.Split(newline).ToList();
        var close = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        if (lines.Count == 0 || lines[0].TrimEnd() != "---" || close < 0)
        {
            throw new InvalidOperationException("the file has no front matter");
        }

        lines.Insert(close, $"translation-of: {fingerprint}");
        return string.Join(newline, lines);
    }

    [GeneratedRegex(@"^translation-of:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex ExistingLine();
}
