using GuideBuilder.Glossary;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Translations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>
/// Writes a link or image whose target the <see cref="LinkRewriter"/> resolved to an address
/// (another module, a media file) with that typed address in place of the URL; other links as Markdig does.
/// </summary>
internal sealed class AddressLinkRenderer(UiStrings ui) : LinkInlineRenderer
{
    public static Address? AddressOf(LinkInline link) => link.GetData(typeof(Address)) as Address;

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.GetData(typeof(TermMark)) is TermMark mark)
        {
            TermMarkHtml.Write(renderer, link, mark, ui);
            return;
        }

        if (AddressOf(link) is not { } address || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        if (CrossReference.Of(link) is { } reference)
        {
            WriteReference(renderer, link, address, reference);
            return;
        }

        renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"");
        FragmentWriter.WriteAddress(renderer, address);
        renderer.Write('"');
        renderer.WriteAttributes(link);
        if (link.IsImage)
        {
            renderer.Write(" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            renderer.Write('"');
        }

        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"");
            renderer.WriteEscape(link.Title);
            renderer.Write('"');
        }

        if (link.IsImage)
        {
            renderer.Write(" />");
            return;
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    /// <summary>[](ref:id): the generated label ("Figure 3.2") unless the author wrote a text; in print, the page follows (", p. 42").</summary>
    private static void WriteReference(HtmlRenderer renderer, LinkInline link, Address address, CrossReference reference)
    {
        renderer.Write("<a class=\"xref\" href=\"");
        FragmentWriter.WriteAddress(renderer, address);
        renderer.Write("\">");
        if (link.FirstChild is null)
        {
            renderer.WriteEscape(reference.Label);
        }
        else
        {
            renderer.WriteChildren(link);
        }

        renderer.Write("</a>");
        FragmentWriter.WriteAddress(renderer, new PageNumberAddress(reference.Target, reference.PageFormat));
    }
}
