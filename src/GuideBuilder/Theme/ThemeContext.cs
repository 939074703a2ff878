using System.Collections;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideBuilder.Theme;

/// <summary>
/// How a theme template runs: every value it writes is HTML-escaped unless it is an
/// <see cref="HtmlFragment"/> (rendered Markdown, a partial), every <see cref="Address"/> is written
/// as the URL the output gives it from the page being rendered, and a name that does not exist
/// (a variable, a member, a partial, a theme file) is an error, never empty output.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    private readonly IAddressResolver _resolver;

    /// <summary>
    /// Scriban's built-in functions, made once: a context of its own copies all of them, which cost more than
    /// rendering a small page. Frozen, so a template cannot change them for the pages rendered after it.
    /// </summary>
    private static readonly ScriptObject Builtins = FrozenBuiltins();

    /// <param name="functions">The theme's own functions (<see cref="Functions"/>), made once for every page.</param>
    public ThemeContext(ScriptObject functions, IAddressResolver resolver)
        : base(Builtins)
    {
        _resolver = resolver;
        // Scriban would indent everything after an indented tag; only an included partial is indented, as Handlebars did (see Include).
        AutoIndent = false;
        StrictVariables = true;
        LoopLimit = 0; // a guide's lists (pages, headings, sections) are as long as the guide makes them
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        PushGlobal(functions);
    }

    /// <summary>
    /// <c>include</c> and <c>theme_file</c> for one theme, frozen: Scriban reads a delegate's signature by
    /// reflection when it is imported, which, done for every page, was about a twelfth of rendering it.
    /// </summary>
    public static ScriptObject Functions(IReadOnlyDictionary<string, Template> partials, ThemeLayers layers)
    {
        var functions = new ScriptObject();
        functions.Import("include", new Func<TemplateContext, string, HtmlFragment>((context, name) => Include(context, partials, name)));
        functions.Import("theme_file", new Func<TemplateContext, string, Address>((context, name) => ThemeFile(context, layers, name)));
        functions.IsReadOnly = true;
        return functions;
    }

    private static ScriptObject FrozenBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        foreach (var library in builtins.Values.OfType<ScriptObject>())
        {
            library.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        try
        {
            return WriteEscaped(textAsObject);
        }
        catch (NotSupportedException error)
        {
            throw new ScriptRuntimeException(span, error.Message);
        }
    }

    private TemplateContext WriteEscaped(object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlFragment fragment:
                fragment.WriteTo(_resolver, WriteInSlices);
                return this;
            case Address address:
                return Write(HtmlText.Escape(address.ResolveWith(_resolver)));
            default:
                WriteInSlices(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    /// <summary>
    /// Long text (a module's rendered Markdown) goes to the output in slices: the output's StringBuilder
    /// makes its next chunk as long as a long text written whole, and a chunk over 42,500 characters is
    /// a large object, which only a full collection frees (every page of a big guide left one behind).
    /// </summary>
    private void WriteInSlices(string text)
    {
        for (var at = 0; at < text.Length; at += Slice)
        {
            Write(text, at, Math.Min(Slice, text.Length - at));
        }
    }

    /// <summary>The longest chunk a StringBuilder makes by itself (its MaxChunkSize).</summary>
    private const int Slice = 8000;

    /// <summary>Empty text and empty lists are false, as a template means by <c>if page.summary</c> or <c>if page.voices</c>.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };

    private static HtmlFragment Include(TemplateContext context, IReadOnlyDictionary<string, Template> partials, string name)
    {
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(context.CurrentSpan,
                $"the theme has no partial '{name}' (partials: {string.Join(", ", partials.Keys.Order(StringComparer.Ordinal))})");
        }

        // The partial's values were escaped and its addresses resolved as it rendered: its output is HTML as it stands.
        var html = context.RenderTemplate(partial, [], context.CurrentNode);
        var output = (context.Output as StringBuilderOutput)?.Builder;
        var indentation = output is null ? 0 : Indentation(output);
        if (html.Length == 0 && output is not null)
        {
            // A partial that shows nothing (a module without Voices) leaves no indented blank line.
            output.Length -= indentation;
        }
        else if (indentation > 0)
        {
            // A partial included on an indented line is indented as a whole.
            var indent = output!.ToString(output.Length - indentation, indentation);
            html = html.TrimEnd('\n').Replace("\n", "\n" + indent, StringComparison.Ordinal) + html[html.TrimEnd('\n').Length..];
        }

        return HtmlFragment.Trusted(html);
    }

    /// <summary>How many spaces or tabs end the output after its last line break (0 when the line has other text).</summary>
    private static int Indentation(System.Text.StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end == 0 || output[end - 1] == '\n' ? output.Length - end : 0;
    }

    private static ThemeFileAddress ThemeFile(TemplateContext context, ThemeLayers layers, string name)
    {
        if (name.Split('/').Any(part => part is "" or "." or "..") || layers.Find(Path.Combine("assets", name)) is null)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"the theme has no file assets/{name}");
        }

        return new ThemeFileAddress(name);
    }
}
