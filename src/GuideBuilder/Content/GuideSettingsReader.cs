using System.Text.RegularExpressions;
using GuideBuilder.Diagnostics;
using GuideBuilder.Palette;

namespace GuideBuilder.Content;

/// <summary>Reads and validates guide.yml.</summary>
public static partial class GuideSettingsReader
{
    public const string FileName = "guide.yml";

    public static GuideSettings? Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var root = YamlText.ParseMapping(text, displayPath, 0, diagnostics, FileName);
        if (root is null)
        {
            return null;
        }

        var fields = new YamlFields(root, displayPath, 0, diagnostics, FileName);
        fields.RejectUnknownKeys(ContentVocabulary.GuideKeys);

        var located = fields.LocatedStringList("languages", required: true);
        var languages = ReadLanguages(fields, located);
        var defaultLanguage = fields.String("default-language", required: true) ?? languages.FirstOrDefault() ?? "en";
        if (languages.Count > 0 && !languages.Contains(defaultLanguage))
        {
            diagnostics.Error(fields.LocationOf("default-language"), DiagnosticCodes.BadLanguage,
                $"default-language '{defaultLanguage}' is not one of the languages ({string.Join(", ", languages)})",
                DidYouMean.Hint(defaultLanguage, languages));
        }

        return new GuideSettings(
            Title: ReadLocalized(fields, "title", languages, required: true),
            Subtitle: ReadLocalized(fields, "subtitle", languages, required: true),
            Publisher: ReadLocalized(fields, "publisher", languages, required: false),
            Edition: fields.String("edition") ?? "",
            Licence: ReadLocalized(fields, "licence", languages, required: false),
            Languages: languages,
            DefaultLanguage: defaultLanguage,
            Tabs: ReadTabs(fields),
            Pdf: ReadPdf(fields),
            Site: ReadSite(fields),
            TrainerEdition: fields.Bool("trainer-edition") ?? false,
            OutdatedNotice: fields.Bool("outdated-notice") ?? true,
            Theme: fields.String("theme") is { } theme ? new LocatedText(theme, fields.LocationOf("theme")) : null)
        {
            LanguageLocations = located.DistinctBy(l => l.Text).ToDictionary(l => l.Text, l => l.Location),
        };
    }

    /// <summary>Settings for checking the modules when guide.yml cannot be read: the languages are the folders that hold modules.</summary>
    public static GuideSettings? Partial(ContentFolder folder)
    {
        var languages = Directory.EnumerateDirectories(folder.Root).Select(Path.GetFileName).OfType<string>()
            .Where(name => LanguageCode().IsMatch(name) && folder.MarkdownFiles(name).Count > 0).Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            return null;
        }

        var defaultLanguage = languages.Contains("en") ? "en" : languages[0];
        languages = [defaultLanguage, .. languages.Where(l => l != defaultLanguage)];
        return new GuideSettings(LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty, "", LocalizedText.Empty, languages, defaultLanguage,
            new Dictionary<string, string>(), PdfSettings.Default, SiteSettings.Default, TrainerEdition: false, OutdatedNotice: true)
        {
            IsPartial = true,
        };
    }

    public static bool IsHexColor(string value) => HexColor().IsMatch(value);

    private static List<string> ReadLanguages(YamlFields fields, IReadOnlyList<(string Text, SourceLocation Location)> located)
    {
        var languages = located.Select(l => l.Text).ToList();
        if (languages.Count == 0 && fields.Has("languages"))
        {
            fields.Diagnostics.Error(fields.LocationOf("languages"), DiagnosticCodes.BadLanguage, "'languages' lists no language",
                "list the guide's languages, the default one first, e.g. [en, fr, es]");
        }

        foreach (var (language, at) in located.Where(l => !LanguageCode().IsMatch(l.Text)))
        {
            fields.Diagnostics.Error(at, DiagnosticCodes.BadLanguage,
                $"'{language}' is not a language code", "use codes such as en, fr, es or pt-BR");
        }

        foreach (var duplicate in languages.GroupBy(l => l).Where(g => g.Count() > 1))
        {
            fields.Diagnostics.Error(fields.LocationOf("languages"), DiagnosticCodes.BadLanguage,
                $"language '{duplicate.Key}' is listed twice", null);
        }

        return [.. languages.Distinct()];
    }

    private static LocalizedText ReadLocalized(YamlFields fields, string key, IReadOnlyList<string> languages, bool required)
    {
        var entries = fields.StringMap(key, required);
        var byLanguage = new Dictionary<string, string>();
        foreach (var (language, text, at) in entries)
        {
            // With no languages (their own error), every text would be reported too.
            if (languages.Count > 0 && !languages.Contains(language))
            {
                // A warning: a language taken out of 'languages' for a while keeps its texts.
                fields.Diagnostics.Warning(at, DiagnosticCodes.BadLanguage, $"'{key}' has a text for '{language}', which is not one of the languages; it is not used",
                    DidYouMean.Hint(language, languages));
            }

            byLanguage[language] = text;
        }

        if (required && entries.Count > 0)
        {
            foreach (var missing in languages.Where(l => !byLanguage.ContainsKey(l)))
            {
                fields.Diagnostics.Error(fields.LocationOf(key), DiagnosticCodes.MissingField, $"'{key}' has no text for '{missing}'",
                    $"add a line '  {missing}: ...' under '{key}'");
            }
        }

        return new LocalizedText(byLanguage);
    }

    private static Dictionary<string, string> ReadTabs(YamlFields fields)
    {
        var tabs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, color, at) in fields.StringMap("tabs", required: true))
        {
            if (!IsHexColor(color))
            {
                fields.Diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"tab '{name}' has colour '{color}', which is not #rrggbb",
                    "write colours as six hex digits, e.g. \"#1d5fa6\" (in quotes: # starts a YAML comment)");

                // The name stays known, so the modules that use it are not reported as well; the build stops on this error anyway.
                tabs[name] = GuideSettings.NeutralTab;
                continue;
            }

            tabs[name] = color.ToLowerInvariant();
            WarnIfAdjusted(fields, name, color, at);
        }

        return tabs;
    }

    /// <summary>
    /// A tab too light for text in it still builds readable pages (the build writes its text in a
    /// darker shade of the same hue), but the text is then not in the colour the editor chose: the
    /// warning says which one it is, for whoever owns the brand to accept or to pick another.
    /// </summary>
    private static void WarnIfAdjusted(YamlFields fields, string name, string color, SourceLocation at)
    {
        var shades = TabShades.For(color);
        if (shades.Text == shades.Brand)
        {
            return;
        }

        var onText = shades.On == TabShades.Ink.ToHex() ? "ink" : "white";
        var onFill = shades.Fill == shades.Brand ? $"puts {onText} text on it" : $"puts {onText} text on {shades.Fill} where it fills a background";

        fields.Diagnostics.Warning(at, DiagnosticCodes.LowContrast,
            $"tab '{name}' ({color}) is too light for text ({Srgb.Parse(color).ContrastWith(Srgb.White):0.0}:1 on white, {TabShades.TextRatio}:1 needed): " +
            $"the build writes its text and links in {shades.Text} and {onFill}; the colour itself stays on stripes, borders and thumb tabs",
            "nothing to fix for readability; choose a darker colour if text must be in the exact brand colour");
    }

    private static PdfSettings ReadPdf(YamlFields fields)
    {
        var pdf = fields.Mapping("pdf");
        if (pdf is null)
        {
            return PdfSettings.Default;
        }

        pdf.RejectUnknownKeys(ContentVocabulary.PdfKeys);
        var size = pdf.String("page-size") ?? PdfSettings.Default.PageSize;
        if (!ContentVocabulary.PageSizes.Contains(size, StringComparer.OrdinalIgnoreCase))
        {
            fields.Diagnostics.Error(pdf.LocationOf("page-size"), DiagnosticCodes.InvalidValue, $"page size '{size}' is not supported",
                DidYouMean.Hint(size, ContentVocabulary.PageSizes));
        }

        var edition = pdf.String("edition") ?? PdfSettings.Default.Edition;
        if (!ContentVocabulary.PdfEditions.Contains(edition))
        {
            fields.Diagnostics.Error(pdf.LocationOf("edition"), DiagnosticCodes.InvalidValue, $"PDF edition '{edition}' is not known",
                DidYouMean.Hint(edition, ContentVocabulary.PdfEditions));
        }

        return new PdfSettings(size, edition);
    }

    private static SiteSettings ReadSite(YamlFields fields)
    {
        var site = fields.Mapping("site");
        if (site is null)
        {
            return SiteSettings.Default;
        }

        site.RejectUnknownKeys(ContentVocabulary.SiteKeys);
        var baseUrl = site.String("base-url") ?? "/";
        if (!IsBaseUrl(baseUrl))
        {
            fields.Diagnostics.Error(site.LocationOf("base-url"), DiagnosticCodes.InvalidValue, $"base-url '{baseUrl}' is not a web address",
                "write the full address the site is served from, e.g. https://example.org/guide/");
        }

        return new SiteSettings(baseUrl);
    }

    /// <summary>
    /// A path on the same server or an http(s) address: the base URL is written into canonical links,
    /// sitemap.xml, robots.txt and the textbook's live links, where another scheme could run script
    /// and a line break would add lines to robots.txt.
    /// </summary>
    private static bool IsBaseUrl(string baseUrl) =>
        !baseUrl.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && (baseUrl.StartsWith('/')
            ? !baseUrl.StartsWith("//", StringComparison.Ordinal) && !baseUrl.Contains('\\', StringComparison.Ordinal)
            : Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
