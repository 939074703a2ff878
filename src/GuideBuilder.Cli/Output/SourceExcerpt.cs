using System.Globalization;
using System.Text;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Cli.Output;

/// <summary>
/// The line a diagnostic points at, with a caret under its column, as compilers print it:
/// <code>
///     5 | tab: bleu
///       |      ^
/// </code>
/// Files are read once per run; a place that is not a readable file line gives no excerpt.
/// </summary>
internal sealed class SourceExcerpt
{
    private const int Width = 160;
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? For(SourceLocation location)
    {
        if (location.Line <= 0 || Lines(location.Path) is not { } lines || location.Line > lines.Length)
        {
            return null;
        }

        var text = lines[location.Line - 1].TrimEnd('\r');
        var column = Math.Clamp(location.Column, 1, text.Length + 1);

        // A very long line is shown around the column, so the caret stays on screen.
        var start = column > Width / 2 && text.Length > Width ? column - (Width / 2) : 0;
        var shown = text[start..Math.Min(text.Length, start + Width)];
        var number = location.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        return $"    {number} | {Printable(shown)}\n    {gutter} | {CaretPadding(shown, column - 1 - start)}^";
    }

    private string[]? Lines(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            try
            {
                lines = File.Exists(path) ? File.ReadAllText(path).Split('\n') : null;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                lines = null;
            }

            _files[path] = lines;
        }

        return lines;
    }

    /// <summary>Tabs stay tabs, so the caret lines up whatever the terminal's tab width.</summary>
    private static string CaretPadding(string line, int length)
    {
        var padding = new StringBuilder();
        foreach (var character in line.AsSpan(0, Math.Min(length, line.Length)))
        {
            padding.Append(character == '\t' ? '\t' : ' ');
        }

        return padding.ToString();
    }

    // Content is hostile: a control character (an escape sequence) must not reach the terminal.
    private static string Printable(string line) =>
        string.Concat(line.Select(c => c != '\t' && char.IsControl(c) ? '\uFFFD' : c));
}
