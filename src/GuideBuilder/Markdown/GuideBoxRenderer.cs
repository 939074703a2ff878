using GuideBuilder.Translations;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GuideBuilder.Markdown;

/// <summary>Renders the guide's boxes (<c>::: good-practice Title</c>) and video boxes.</summary>
public sealed class GuideBoxRenderer(UiStrings ui) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = container.Info ?? "";
        if (kind == "video")
        {
            WriteVideo(renderer, container);
            return;
        }

        var label = ui[UiStringKeys.ForBox(kind)];
        var title = (container.Arguments ?? "").Trim();
        var number = NumberedItems.Of(container)?.Label(ui);
        renderer.EnsureLine();
        renderer.Write("<aside");
        WriteBoxAttributes(renderer, container, kind);
        renderer.Write(" aria-label=\"")
            .WriteEscape((number is null ? "" : number + " · ") + (title.Length > 0 ? $"{label}: {title}" : label)).WriteLine("\">");
        renderer.Write("<p class=\"box-heading\">");
        if (number is not null)
        {
            renderer.Write("<span class=\"box-number\">").WriteEscape(number).Write("</span> ");
        }

        renderer.Write("<span class=\"box-kind\">").WriteEscape(label).Write("</span>");
        if (title.Length > 0)
        {
            renderer.Write(" <span class=\"box-title\">").WriteEscape(title).Write("</span>");
        }

        renderer.WriteLine("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</aside>");
    }

    /// <summary>Markdig gives the container its name as a class; ours is "box box-NAME" plus any {.class} the author added.</summary>
    private static void WriteBoxAttributes(HtmlRenderer renderer, CustomContainer container, string kind)
    {
        var attributes = container.TryGetAttributes();
        var extra = attributes?.Classes?.Where(c => c != kind) ?? [];
        renderer.Write(" class=\"").WriteEscape(string.Join(' ', new[] { "box", "box-" + kind }.Concat(extra))).Write('"');
        if (attributes?.Id is { Length: > 0 } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }
    }

    private void WriteVideo(HtmlRenderer renderer, CustomContainer container)
    {
        var source = container.GetData(typeof(VideoSource)) as VideoSource;
        renderer.EnsureLine();
        renderer.Write("<figure");
        WriteBoxAttributes(renderer, container, "video");
        renderer.WriteLine(">");
        if (source?.OnlineUrl is { } online)
        {
            renderer.Write("<p class=\"video-online\"><a href=\"").WriteEscapeUrl(online).Write("\" rel=\"noopener\">")
                .WriteEscape(ui["video_online"]).WriteLine("</a></p>");
        }
        else if (source?.File is { } file)
        {
            renderer.Write("<video controls preload=\"metadata\"");
            if (source.Poster is { } poster)
            {
                renderer.Write(" poster=\"");
                FragmentWriter.WriteAddress(renderer, poster);
                renderer.Write('"');
            }

            renderer.Write("><source src=\"");
            FragmentWriter.WriteAddress(renderer, file);
            renderer.Write("\" type=\"video/mp4\">");
            foreach (var track in source.Captions)
            {
                renderer.Write("<track kind=\"captions\" src=\"");
                FragmentWriter.WriteAddress(renderer, track.File);
                renderer.Write("\" srclang=\"").WriteEscape(track.Language)
                    .Write("\" label=\"").WriteEscape(ui.LanguageName(track.Language)).Write('"');
                renderer.Write(track.Language == ui.Language ? " default>" : ">");
            }

            renderer.Write("<a href=\"");
            FragmentWriter.WriteAddress(renderer, file);
            renderer.Write("\">").WriteEscape(ui["video_unsupported"]).WriteLine("</a></video>");
        }

        renderer.Write("<figcaption><span class=\"box-kind\">").WriteEscape(ui["video"]).Write("</span>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</figcaption></figure>");
    }
}
