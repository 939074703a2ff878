using GuideBuilder.Translations;
using Markdig.Extensions.Figures;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GuideBuilder.Markdown;

/// <summary>A figure's caption opened by its number: "Figure 3.2: Coverage by scheme".</summary>
internal sealed class NumberedFigureCaptionRenderer(UiStrings ui) : HtmlObjectRenderer<FigureCaption>
{
    protected override void Write(HtmlRenderer renderer, FigureCaption caption)
    {
        renderer.EnsureLine();
        renderer.Write("<figcaption").WriteAttributes(caption).Write('>');
        if (NumberedItems.Of(caption.Parent) is { } item)
        {
            renderer.Write("<span class=\"figure-number\">").WriteEscape(item.Label(ui) + ui["label_colon"]).Write("</span> ");
        }

        renderer.WriteLeafInline(caption);
        renderer.WriteLine("</figcaption>");
    }
}
