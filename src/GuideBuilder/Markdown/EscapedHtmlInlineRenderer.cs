using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>Inline raw HTML is shown as text too (see <see cref="EscapedHtmlBlockRenderer"/>).</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
}
