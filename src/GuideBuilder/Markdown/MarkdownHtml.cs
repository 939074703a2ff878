using GuideBuilder.Translations;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>Renders parsed Markdown to HTML with the guide's boxes and raw-HTML policy.</summary>
public static class MarkdownHtml
{
    public static string Render(ParsedMarkdown parsed, UiStrings ui)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        GuideMarkdownPipeline.Instance.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new GuideBoxRenderer(ui));
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.ObjectRenderers.Replace<HtmlSmartyPantRenderer>(new HtmlSmartyPantRenderer(SmartTypography.For(ui.Language)));
        renderer.Render(parsed.Document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Markdown of one paragraph (a quote, a list item) without the enclosing &lt;p&gt;.</summary>
    public static string RenderInline(ParsedMarkdown parsed, UiStrings ui)
    {
        var html = Render(parsed, ui).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
