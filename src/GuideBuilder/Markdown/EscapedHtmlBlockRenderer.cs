using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>
/// The raw-HTML policy: HTML written in content is never passed through. It is shown as
/// text (and the parser warns), so a translator's stray tag cannot break or script a page.
/// </summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p class=\"raw-html\">");
        renderer.WriteLeafRawLines(block, true, true, true);
        renderer.WriteLine("</p>");
    }
}
