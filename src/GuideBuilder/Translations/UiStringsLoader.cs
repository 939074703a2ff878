using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace GuideBuilder.Translations;

/// <summary>
/// Loads <c>translations/&lt;lang&gt;.yml</c>. A key missing from the default language is an
/// error; missing from another language, it falls back to the default language with a warning.
/// </summary>
public static class UiStringsLoader
{
    public static IReadOnlyDictionary<string, UiStrings> Load(string folder, IReadOnlyList<string> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var raw = languages.ToDictionary(l => l, l => Read(folder, l, diagnostics, required: l == defaultLanguage));
        var defaults = raw.GetValueOrDefault(defaultLanguage) ?? [];
        var defaultsRead = raw.GetValueOrDefault(defaultLanguage) is not null;
        var defaultFile = DisplayPath(folder, defaultLanguage);
        foreach (var key in UiStringKeys.Required.Where(k => defaultsRead && !defaults.ContainsKey(k)))
        {
            diagnostics.Error(new SourceLocation(defaultFile, 1, 1), DiagnosticCodes.MissingUiString,
                $"the interface string '{key}' is missing from the default language", $"add a line '{key}: ...' to {defaultFile}");
        }

        var result = new Dictionary<string, UiStrings>();
        foreach (var language in languages)
        {
            var own = raw[language];
            var merged = new Dictionary<string, string>(defaults.ToDictionary(p => p.Key, p => p.Value.Text));
            foreach (var (key, entry) in own ?? [])
            {
                merged[key] = entry.Text;
            }

            // A file that is missing or cannot be read has said so once; no warning per string on top.
            if (language != defaultLanguage && own is not null)
            {
                foreach (var key in UiStringKeys.Required.Where(k => !own.ContainsKey(k) && defaults.ContainsKey(k)))
                {
                    diagnostics.Warning(new SourceLocation(DisplayPath(folder, language), 1, 1), DiagnosticCodes.MissingUiString,
                        $"the interface string '{key}' is not translated; the {defaultLanguage} text is used",
                        $"add a line '{key}: ...' to {DisplayPath(folder, language)}");
                }
            }

            result[language] = new UiStrings(language, merged);
        }

        return result;
    }

    /// <summary>The entries of one language's file with their line numbers; null when the file is missing or is not a YAML mapping (reported).</summary>
    /// <param name="required">The default language's file: without it the pages have no interface text, so its absence is an error.</param>
    public static Dictionary<string, (string Text, int Line)>? Read(string folder, string language, DiagnosticBag diagnostics, bool required = false)
    {
        var path = Path.Combine(folder, language + ".yml");
        var display = DisplayPath(folder, language);
        var entries = new Dictionary<string, (string, int)>();
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(new SourceLocation(display, 1, 1), required ? Severity.Error : Severity.Warning, DiagnosticCodes.MissingUiString,
                $"there is no interface strings file for '{language}'",
                required ? $"create {display} with every interface string (the default theme's translations/ folder has complete examples)"
                    : $"create {display} (copy the default language's file and translate it)"));
            return null;
        }

        // Its strings are published on every page: a link out of the folder could publish any YAML file of the machine.
        if (PathInsideRoot.Resolve(folder, language + ".yml") is null)
        {
            diagnostics.Error(SourceLocation.File(display), DiagnosticCodes.LinkLeavesContent,
                $"{display} is a symbolic link that leads outside {ContentFolder.Display(folder)}",
                "a link among the interface strings may only point inside their folder; copy the file there instead");
            return null;
        }

        var mapping = YamlText.ParseMapping(File.ReadAllText(path), display, 0, diagnostics, display);
        if (mapping is null)
        {
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
            {
                entries[name] = (text, (int)key.Start.Line);
            }
        }

        return entries;
    }

    private static string DisplayPath(string folder, string language) =>
        ContentFolder.Display(Path.Combine(folder, language + ".yml"));
}
