using GuideBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Content;

/// <summary>Parses YAML text into a mapping, reporting syntax errors at their position.</summary>
internal static class YamlText
{
    /// <summary>The text's mapping, or null when it does not parse or is not a mapping: for text the build wrote or checks again, where a problem is not the author's to see.</summary>
    public static YamlMappingNode? MappingOrNull(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception error) when (error is YamlException or InvalidOperationException)
        {
            return null;
        }

        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    public static YamlMappingNode? ParseMapping(string text, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            var message = Trim(error.InnerException?.Message ?? error.Message);
            var (line, column) = ((int)error.Start.Line, (int)error.Start.Column);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentingTab(text, line) is { } tab)
            {
                // YamlDotNet places a tab error where the enclosing block began, often many lines above the tab.
                diagnostics.Error(new SourceLocation(path, tab.Line + lineOffset, tab.Column), DiagnosticCodes.YamlSyntax,
                    $"YAML syntax error in {what}: a tab is used as indentation", "YAML indents with spaces only: replace the tab with spaces");
                return null;
            }

            diagnostics.Error(new SourceLocation(path, line + lineOffset, column),
                DiagnosticCodes.YamlSyntax, $"YAML syntax error in {what}: {message}",
                "check indentation, and quote texts that contain ': ' or start with a special character");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed [ and { collections.
            var (line, column) = UnclosedBracket(text) ?? (1, 1);
            diagnostics.Error(new SourceLocation(path, line + lineOffset, column), DiagnosticCodes.YamlSyntax,
                $"YAML syntax error in {what}: a [ or {{ is not closed", "close every [ with ] and every { with }, or quote the text");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(new SourceLocation(path, 1 + lineOffset, 1), DiagnosticCodes.WrongType,
                $"{what} must be a mapping of 'key: value' lines", null);
            return null;
        }

        ReportInvisibleCharacters(stream.Documents[0], path, lineOffset, diagnostics);
        YamlComments.WarnAboutCutTexts(text, path, lineOffset, diagnostics);
        return mapping;
    }

    /// <summary>The first [ or { that its line does not close (quoted texts aside), or null.</summary>
    private static (int Line, int Column)? UnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            var quote = '\0';
            for (var c = 0; c < lines[i].Length; c++)
            {
                var character = lines[i][c];
                if (quote != '\0')
                {
                    quote = character == quote ? '\0' : quote;
                }
                else if (character is '"' or '\'')
                {
                    quote = character;
                }
                else if (character is '[' or '{')
                {
                    open.Push(c);
                }
                else if (character is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
                else if (character == '#' && (c == 0 || lines[i][c - 1] == ' '))
                {
                    break;
                }
            }

            if (open.Count > 0)
            {
                return (i + 1, open.Last() + 1);
            }
        }

        return null;
    }

    /// <summary>The first tab in a line's indentation, from line <paramref name="fromLine"/> on (lines and columns from 1).</summary>
    private static (int Line, int Column)? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(fromLine - 1, 0); i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    // A raw control character was reported and replaced when the file was read; these come from escapes such as "\x07".
    private static void ReportInvisibleCharacters(YamlDocument document, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var scalar in document.AllNodes.OfType<YamlScalarNode>())
        {
            if (scalar.Value is { } value && InvisibleCharacters.Contain(value))
            {
                scalar.Value = InvisibleCharacters.ReportEscaped(value, new SourceLocation(path, (int)scalar.Start.Line + lineOffset, (int)scalar.Start.Column), diagnostics);
            }
        }
    }

    // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
    private static string Trim(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
