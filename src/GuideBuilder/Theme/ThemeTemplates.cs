using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model.Addresses;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideBuilder.Theme;

/// <summary>
/// A theme: Scriban layouts and partials, parsed once per build, and the static assets (CSS, JS,
/// icons, fonts) every output copies; each file from the guide's own theme/ folder when it has
/// one, else from the base theme (<see cref="ThemeLayers"/>).
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".sbn-html";

    private readonly Dictionary<string, Template> _layouts;
    private readonly ScriptObject _functions;

    private ThemeTemplates(ThemeLayers layers, Dictionary<string, Template> layouts, Dictionary<string, Template> partials, string fingerprint)
    {
        Layers = layers;
        _layouts = layouts;
        _functions = ThemeContext.Functions(partials, layers);
        Fingerprint = fingerprint;
    }

    /// <summary>A hash of every template's text and every asset's name and size: what rendered pages depend on.</summary>
    public string Fingerprint { get; }

    public ThemeLayers Layers { get; }

    /// <summary>The base theme's folder.</summary>
    public string Folder => Layers.BaseFolder;

    /// <summary>Paths under assets/ of every asset file of the theme, overrides included.</summary>
    public IReadOnlyList<string> AssetFiles => Layers.FilesUnder("assets");

    /// <summary>The file an asset is copied from: the override's when the guide has one.</summary>
    public string AssetPath(string name) => Layers.Find(Path.Combine("assets", name)) ?? Path.Combine(Folder, "assets", name);

    public static ThemeTemplates? Load(string folder, DiagnosticBag diagnostics) => Load(new ThemeLayers([folder]), diagnostics);

    public static ThemeTemplates? Load(ThemeLayers layers, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(Path.Combine(layers.BaseFolder, "layouts")))
        {
            diagnostics.Error(SourceLocation.File(ContentFolder.Display(layers.BaseFolder)), DiagnosticCodes.ThemeError, "the theme has no layouts/ folder",
                "pass --theme with a folder that holds layouts/ and partials/, or leave it out to use the default theme");
            return null;
        }

        var fingerprint = new Build.Cache.InputHash().Add("theme");
        var layouts = Parse(layers, "layouts", diagnostics, fingerprint);
        var partials = Parse(layers, "partials", diagnostics, fingerprint);
        foreach (var asset in layers.FilesUnder("assets"))
        {
            fingerprint.Add(asset).Add(layers.Find(Path.Combine("assets", asset)) is { } file ? new FileInfo(file).Length : -1);
        }

        return new ThemeTemplates(layers, layouts, partials, fingerprint.ToString());
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>Renders a layout with <paramref name="model"/> as its variables, writing addresses for one page.</summary>
    /// <exception cref="ThemeRenderException">The template names something that does not exist.</exception>
    public string Render(string layout, object model, IAddressResolver addresses)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            throw new ThemeRenderException(new Diagnostic(SourceLocation.File(ContentFolder.Display(Path.Combine(Folder, "layouts"))), Severity.Error,
                DiagnosticCodes.TemplateRender, $"the theme has no layout '{layout}{Extension}'", $"add layouts/{layout}{Extension} to the theme"));
        }

        var context = new ThemeContext(_functions, addresses);
        var variables = new ScriptObject();
        variables.Import(model, renamer: context.MemberRenamer);
        context.PushGlobal(variables);
        var output = PageBuilders.Rent();
        context.PushOutput(new StringBuilderOutput(output));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException error)
        {
            throw new ThemeRenderException(new Diagnostic(Location(error.Span), Severity.Error, DiagnosticCodes.TemplateRender,
                Message(error), "docs/theme.md lists every variable a template can use; names are snake_case (page.tab_color)"));
        }
        finally
        {
            PageBuilders.Return(output);
        }
    }

    private static Dictionary<string, Template> Parse(ThemeLayers layers, string sub, DiagnosticBag diagnostics, Build.Cache.InputHash fingerprint)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var relative in layers.FilesUnder(sub).Where(f => f.EndsWith(Extension, StringComparison.Ordinal) && !f.Contains('/', StringComparison.Ordinal)))
        {
            var file = layers.Find(Path.Combine(sub, relative))!;
            var text = File.ReadAllText(file);
            fingerprint.Add(sub + "/" + relative).Add(text);
            var template = Template.Parse(text, ContentFolder.Display(file));
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Error(Location(message.Span), DiagnosticCodes.TemplateSyntax, $"the template does not parse: {message.Message}",
                        "check that every {{ if }} and {{ for }} is closed by {{ end }}");
                }

                continue;
            }

            templates[relative[..^Extension.Length]] = template;
        }

        return templates;
    }

    private static SourceLocation Location(SourceSpan span) => new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    private static string Message(ScriptRuntimeException error) =>
        error.OriginalMessage.Replace("The variable or function", "the template uses", StringComparison.Ordinal)
            .Replace("`", "'", StringComparison.Ordinal);
}
