using GuideBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Content;

/// <summary>Parses YAML text into a mapping, reporting syntax errors at their position.</summary>
internal static class YamlText
{
    public static YamlMappingNode? ParseMapping(string text, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            var message = error.InnerException?.Message ?? error.Message;
            diagnostics.Error(new SourceLocation(path, (int)error.Start.Line + lineOffset, (int)error.Start.Column),
                DiagnosticCodes.YamlSyntax, $"YAML syntax error in {what}: {Trim(message)}",
                "check indentation, and quote texts that contain ': ' or start with a special character");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed [ and { collections.
            diagnostics.Error(new SourceLocation(path, 1 + lineOffset, 1), DiagnosticCodes.YamlSyntax,
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
        return mapping;
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
