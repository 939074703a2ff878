using GuideBuilder.Translations;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace GuideBuilder.Markdown;

/// <summary>A table as Markdig writes it, with its number as the caption ("Table 3.1") when it stands on its own (in a figure block, the figure's caption says it).</summary>
internal sealed class NumberedTableRenderer(UiStrings ui) : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (NumberedItems.Of(table) is not { } item || renderer.Writer is not FragmentWriter writer)
        {
            base.Write(renderer, table);
            return;
        }

        renderer.EnsureLine();
        var checkpoint = writer.Checkpoint();
        base.Write(renderer, table);
        writer.InsertAfterFirstTag(checkpoint, $"<caption class=\"table-number\">{HtmlText.Escape(item.Label(ui))}</caption>");
    }
}
