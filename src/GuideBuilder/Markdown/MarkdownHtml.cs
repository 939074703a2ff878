using GuideBuilder.Translations;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>Renders parsed Markdown to HTML with the guide's boxes and raw-HTML policy.</summary>
public static class MarkdownHtml
{
    public static HtmlFragment Render(ParsedMarkdown parsed, UiStrings ui)
    {
        using var writer = new FragmentWriter();
        var renderer = new HtmlRenderer(writer);
        GuideMarkdownPipeline.Instance.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new GuideBoxRenderer(ui));
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new AddressLinkRenderer(ui));
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new NumberedTableRenderer(ui));
        renderer.ObjectRenderers.Replace<HtmlFigureCaptionRenderer>(new NumberedFigureCaptionRenderer(ui));
        renderer.ObjectRenderers.Replace<HtmlSmartyPantRenderer>(new HtmlSmartyPantRenderer(SmartTypography.For(ui.Language)));
        renderer.Render(parsed.Document);
        writer.Flush();
        return writer.ToFragment();
    }

    /// <summary>Markdown of one paragraph (a quote, a list item) without the enclosing &lt;p&gt;.</summary>
    public static HtmlFragment RenderInline(ParsedMarkdown parsed, UiStrings ui) => Render(parsed, ui).WithoutParagraph();
}
