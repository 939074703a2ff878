using GuideBuilder.Content;

namespace GuideBuilder.Translations;

/// <summary>The <c>TRANSLATE:</c> markers that <c>guide translations new</c> leaves before every text still to translate.</summary>
public static class TranslationMarkers
{
    public static int Count(SourceModule translation) => Count(translation.FrontMatter) + Count(translation.Body.Text);

    public static int Count(string text)
    {
        var count = 0;
        for (var at = Next(text, 0); at >= 0; at = Next(text, at + TranslationStatusCalculator.Marker.Length))
        {
            count++;
        }

        return count;
    }

    /// <summary>The line and column (from 1) of the first marker in a file's text, or null when there is none.</summary>
    public static (int Line, int Column)? First(string fileText)
    {
        var at = Next(fileText, 0);
        if (at < 0)
        {
            return null;
        }

        var lineStart = fileText.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var line = 1 + fileText.AsSpan(0, lineStart).Count('\n');
        return (line, at - lineStart + 1);
    }

    private static int Next(string text, int from) => text.IndexOf(TranslationStatusCalculator.Marker, from, StringComparison.Ordinal);
}
