using GuideBuilder.Glossary;
using GuideBuilder.Translations;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>
/// Writes a term mark. The first use in a module is a link to the glossary entry followed by a
/// toggletip: a real button (aria-expanded, aria-controls) that shows the definition written just
/// after it, hidden until the theme's script opens it, so the page works from file:// and the link
/// still works without the script. The print stylesheet and the EPUB drop the button and the tip.
/// </summary>
internal static class TermMarkHtml
{
    public static void Write(HtmlRenderer renderer, LinkInline link, TermMark mark, UiStrings ui)
    {
        if (mark.Use == TermUse.Later || !renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        var tip = mark.Use == TermUse.First ? mark.Tip : null;
        if (tip is not null)
        {
            renderer.Write("<span class=\"term\">");
        }

        renderer.Write("<a class=\"term-link\" href=\"");
        FragmentWriter.WriteAddress(renderer, AddressLinkRenderer.AddressOf(link)!);
        renderer.Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
        if (tip is not null)
        {
            renderer.Write("<button type=\"button\" class=\"term-toggle\" aria-expanded=\"false\" aria-controls=\"").Write(mark.TipId).Write("\" aria-label=\"");
            renderer.WriteEscape(ui.Format("term_definition", ("term", tip.Term)));
            renderer.Write("\"><span class=\"term-toggle-icon\" aria-hidden=\"true\">i</span></button>");
            renderer.Write("<span class=\"term-tip\" id=\"").Write(mark.TipId).Write("\" hidden><span class=\"term-tip-term\">");
            renderer.WriteEscape(tip.Term);
            renderer.Write("</span> ");
            renderer.WriteEscape(tip.Text);
            renderer.Write("</span></span>");
        }
    }
}
