using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// A value written as YAML to be put into a file that already exists, at a given place: on one
/// line (plain when YAML reads it back as the same text, quoted otherwise), or as a literal block.
/// </summary>
public static class YamlScalarText
{
    /// <summary>The value on one line, as YamlDotNet's emitter writes it.</summary>
    public static string Inline(string value)
    {
        var multiline = value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal);
        var lines = Emit(value, multiline ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);
        // The emitter may still choose a block for a value it finds awkward on one line: quote it then.
        return lines.Count == 1 && lines[0][0] is not ('|' or '>') ? lines[0] : string.Join(' ', Emit(value, ScalarStyle.DoubleQuoted));
    }

    private const string OtherBreaks = "\u0085\u2028\u2029";

    private static List<string> Emit(string value, ScalarStyle style) =>
        [.. EmitText(value, style).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l != "...")];

    private static string EmitText(string value, ScalarStyle style)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new Scalar(null, null, value, style, true, true));
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// A literal block (<c>|</c>) for the value of a key indented by <paramref name="keyIndent"/>
    /// spaces: its lines two spaces further in, without a line break after the last. Written by hand
    /// because YamlDotNet emits only whole documents, with its own indentation.
    /// </summary>
    public static string Block(string value, int keyIndent)
    {
        var padding = new string(' ', keyIndent + 2);
        if (value.AsSpan().IndexOfAny(OtherBreaks) >= 0)
        {
            // YamlDotNet reads these as line breaks, which a literal block cannot hold as text: a quoted scalar escapes them.
            var quoted = EmitText(value, ScalarStyle.DoubleQuoted).TrimEnd('\n').Replace("\n...", "", StringComparison.Ordinal).TrimEnd('\n');
            return quoted.Replace("\n", "\n" + padding, StringComparison.Ordinal);
        }

        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ').Split('\n');
        // A first line that starts with a space needs the indentation given, or YAML would take it as the block's.
        var header = lines[0].StartsWith(' ') ? "|2" : "|";
        return header + string.Concat(lines.Select(line => "\n" + (line.Length == 0 ? "" : padding + line)));
    }

    /// <summary>An edit that puts <paramref name="replacement"/> in place of a node's text; the line breaks and indentation YAML counts in a block's span are kept after it.</summary>
    public static (int Start, int End, string Text) Replace(string text, YamlNode node, string replacement)
    {
        var (start, end) = ((int)node.Start.Index, (int)node.End.Index);
        var old = text[start..end];
        var trailing = old[old.TrimEnd().Length..];
        return (start, end, replacement + trailing.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
