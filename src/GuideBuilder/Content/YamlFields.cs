using System.Globalization;
using GuideBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Content;

/// <summary>
/// Reads one YAML mapping field by field, reporting every problem with its file:line:column:
/// missing required keys, values of the wrong type, and keys the contract does not know.
/// YamlDotNet's deserializer stops at the first problem and loses positions, so the
/// representation model is read by hand here.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _context;

    public YamlFields(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics, string context)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _context = context;
    }

    public SourceLocation Location => At(_node);

    public DiagnosticBag Diagnostics => _diagnostics;

    public string Path => _path;

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation LocationOf(string key) => Find(key) is { } pair ? At(pair.Key) : Location;

    public SourceLocation ValueLocationOf(string key) => Find(key) is { } pair ? At(pair.Value) : Location;

    public SourceLocation At(YamlNode node) =>
        new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in _node.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            if (!allowed.Contains(name))
            {
                _diagnostics.Error(At(key), DiagnosticCodes.UnknownKey, $"unknown key '{name}' in {_context}", DidYouMean.Hint(name, allowed));
            }
        }
    }

    public string? String(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            WrongType(value, key, "a text");
            return null;
        }

        var text = scalar.Value ?? "";
        if (required && text.Trim().Length == 0)
        {
            _diagnostics.Error(At(value), DiagnosticCodes.MissingField, $"'{key}' in {_context} is empty", $"give '{key}' a value");
            return null;
        }

        return text.Trim().Length == 0 ? null : text;
    }

    public LocatedText? Markdown(string key, bool required = false)
    {
        var value = Find(key)?.Value;
        var text = String(key, required);
        if (text is null || value is null)
        {
            return null;
        }

        // Block scalars (| and >) start on the line after their indicator.
        var scalar = (YamlScalarNode)value;
        var isBlock = scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded;
        var start = At(value);
        return new LocatedText(text, isBlock ? start with { Line = start.Line + 1, Column = start.Column + 2 } : start);
    }

    public int? Int(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(value, key, "a whole number");
        return null;
    }

    public bool? Bool(string key)
    {
        var value = Value(key, required: false);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var flag))
        {
            return flag;
        }

        WrongType(value, key, "true or false");
        return null;
    }

    public IReadOnlyList<string> StringList(string key, bool required = false) => [.. LocatedStringList(key, required).Select(item => item.Text)];

    /// <summary>A list of texts, each with its own place (so an error can name the item, not the key).</summary>
    public IReadOnlyList<(string Text, SourceLocation Location)> LocatedStringList(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, key, "a list");
            return [];
        }

        var items = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                items.Add((text, At(item)));
            }
            else
            {
                WrongType(item, key, "a list of texts");
            }
        }

        return items;
    }

    public IReadOnlyList<YamlFields> MappingList(string key, string itemContext)
    {
        var value = Value(key, required: false);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, key, "a list");
            return [];
        }

        var items = new List<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(mapping, _path, _lineOffset, _diagnostics, itemContext));
            }
            else
            {
                WrongType(item, key, "a list of entries with keys (name: value)");
            }
        }

        return items;
    }

    public YamlFields? Mapping(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, _path, _lineOffset, _diagnostics, $"'{key}'");
        }

        WrongType(value, key, "a mapping (name: value lines)");
        return null;
    }

    /// <summary>A mapping whose keys are free (languages, tab names) and whose values are texts.</summary>
    public IReadOnlyList<(string Key, string Value, SourceLocation Location)> StringMap(string key, bool required = false)
    {
        var mapping = Value(key, required);
        if (mapping is null)
        {
            return [];
        }

        if (mapping is not YamlMappingNode map)
        {
            WrongType(mapping, key, "a mapping (name: value lines)");
            return [];
        }

        var entries = new List<(string, string, SourceLocation)>();
        foreach (var (entryKey, entryValue) in map.Children)
        {
            if (entryKey is YamlScalarNode { Value: { } name } && entryValue is YamlScalarNode { Value: { } text })
            {
                entries.Add((name, text, At(entryValue)));
            }
            else
            {
                WrongType(entryValue, key, "a mapping of texts");
            }
        }

        return entries;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return pair;
            }
        }

        return null;
    }

    private YamlNode? Value(string key, bool required)
    {
        var pair = Find(key);
        if (pair is null || IsNull(pair.Value.Value))
        {
            if (required)
            {
                _diagnostics.Error(pair is null ? Location : At(pair.Value.Key), DiagnosticCodes.MissingField,
                    $"{_context} is missing the required field '{key}'", $"add a line '{key}: ...'");
            }

            return null;
        }

        return pair.Value.Value;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" };

    private void WrongType(YamlNode node, string key, string expected) =>
        _diagnostics.Error(At(node), DiagnosticCodes.WrongType, $"'{key}' in {_context} must be {expected}",
            $"see docs/content-format.md for the shape of '{key}'");
}
