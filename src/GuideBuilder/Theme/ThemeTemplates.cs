using GuideBuilder.Diagnostics;
using HandlebarsDotNet;

namespace GuideBuilder.Theme;

/// <summary>
/// A theme folder: Handlebars layouts and partials, compiled once per build, and the static
/// assets (CSS, JS, icons) every output copies.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    private ThemeTemplates(string folder, Dictionary<string, HandlebarsTemplate<object, object>> layouts)
    {
        Folder = folder;
        _layouts = layouts;
    }

    public string Folder { get; }

    public IReadOnlyList<string> AssetFiles =>
        Directory.Exists(Path.Combine(Folder, "assets"))
            ? [.. Directory.EnumerateFiles(Path.Combine(Folder, "assets"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(Folder, "assets"), f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    public static ThemeTemplates? Load(string folder, DiagnosticBag diagnostics)
    {
        var display = Content.ContentFolder.Display(folder);
        if (!Directory.Exists(Path.Combine(folder, "layouts")))
        {
            diagnostics.Error(SourceLocation.File(display), DiagnosticCodes.ThemeError, "the theme has no layouts/ folder",
                "pass --theme with a folder that holds layouts/ and partials/, or leave it out to use the default theme");
            return null;
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var partial in Files(folder, "partials"))
        {
            Compile(display, partial, diagnostics, text => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), text));
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var layout in Files(folder, "layouts"))
        {
            Compile(display, layout, diagnostics, text => layouts[Path.GetFileNameWithoutExtension(layout)] = handlebars.Compile(text));
        }

        return new ThemeTemplates(folder, layouts);
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, object model) =>
        _layouts.TryGetValue(layout, out var template)
            ? template(model)
            : throw new InvalidOperationException($"the theme has no layout '{layout}.hbs'");

    private static IEnumerable<string> Files(string folder, string sub) =>
        Directory.Exists(Path.Combine(folder, sub))
            ? Directory.EnumerateFiles(Path.Combine(folder, sub), "*.hbs").Order(StringComparer.Ordinal)
            : [];

    private static void Compile(string display, string file, DiagnosticBag diagnostics, Action<string> compile)
    {
        try
        {
            compile(File.ReadAllText(file));
        }
        catch (HandlebarsException error)
        {
            diagnostics.Error(SourceLocation.File($"{display}/{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}"),
                DiagnosticCodes.ThemeError, $"the template does not compile: {error.Message}", "check that every {{#if}} and {{#each}} is closed");
        }
    }
}
