using System.Globalization;

namespace GuideBuilder.Translations;

/// <summary>The interface strings of one language, already completed from the default language.</summary>
public sealed class UiStrings(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> All { get; } = strings;

    public string this[string key] => All.TryGetValue(key, out var text) ? text : key;

    /// <summary>A string with its {placeholders} filled in.</summary>
    public string Format(string key, params (string Name, object Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    public string LanguageName(string code) => All.TryGetValue("lang_" + code, out var name) ? name : code;
}
