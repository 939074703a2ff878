using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GuideBuilder.Markdown;

/// <summary>An index mark is an empty span with its anchor id: nothing shows, but the index (and the printed page number) can point at it.</summary>
public sealed class IndexMarkRenderer : HtmlObjectRenderer<IndexMarkInline>
{
    protected override void Write(HtmlRenderer renderer, IndexMarkInline mark)
    {
        if (mark.Anchor is { } anchor && renderer.EnableHtmlForInline)
        {
            renderer.Write("<span class=\"index-mark\" id=\"").WriteEscape(anchor).Write("\"></span>");
        }
    }
}
