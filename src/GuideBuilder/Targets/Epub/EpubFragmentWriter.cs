using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// Writes rendered Markdown (HTML5) into an XHTML document: parsed as HTML, written element by
/// element, so void elements are closed and entities become characters. On the way the book's
/// rules apply: footnotes become epub:type="footnote" asides with back-links, a video becomes its
/// poster and where to find it, and a link to a file the book does not hold says where that file is.
/// </summary>
public sealed class EpubFragmentWriter(EpubAddressResolver resolver, EpubMedia media, UiStrings ui, Func<string, string?> webAddress)
{
    private static readonly HtmlParser Parser = new();
    private static readonly IElement Context = Parser.ParseDocument("<!DOCTYPE html><body></body>").Body!;

    public void Write(XhtmlDocument xhtml, HtmlFragment fragment)
    {
        foreach (var node in Parser.ParseFragment(fragment.Resolve(resolver), Context))
        {
            WriteNode(xhtml, node);
        }
    }

    private void WriteNode(XhtmlDocument xhtml, INode node)
    {
        switch (node)
        {
            case IText text:
                xhtml.Text(text.Data);
                break;
            case IElement { LocalName: "video" } video:
                WriteVideo(xhtml, video);
                break;
            case IElement { LocalName: "div" } footnotes when footnotes.ClassList.Contains("footnotes"):
                WriteFootnotes(xhtml, footnotes);
                break;
            case IElement { LocalName: "img" } image:
                WriteImage(xhtml, image);
                break;
            // A book has no toggletips: the term's first use links to its entry in the glossary at the back.
            case IElement { LocalName: "button" } toggle when toggle.ClassList.Contains("term-toggle"):
            case IElement { LocalName: "span" } tip when tip.ClassList.Contains("term-tip"):
                break;
            case IElement { LocalName: "a" } link when link.GetAttribute("href") is { } href:
                WriteLink(xhtml, link, href);
                break;
            case IElement element:
                WriteElement(xhtml, element);
                break;
        }
    }

    private void WriteElement(XhtmlDocument xhtml, IElement element, string? type = null, string? role = null)
    {
        xhtml.Start(element.LocalName);
        WriteAttributes(xhtml, element);
        xhtml.Attribute("role", role).Type(type);
        WriteChildren(xhtml, element);
        xhtml.End();
    }

    private void WriteChildren(XhtmlDocument xhtml, INode parent)
    {
        foreach (var child in parent.ChildNodes)
        {
            WriteNode(xhtml, child);
        }
    }

    /// <summary>The attributes XHTML can hold; ids cleaned; lang written twice (lang and xml:lang); no scripts, no download hints.</summary>
    private static void WriteAttributes(XhtmlDocument xhtml, IElement element, params string[] skip)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (skip.Contains(name) || name is "download" or "role" || name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || !IsXmlName(name))
            {
                continue;
            }

            if (name == "lang")
            {
                xhtml.Language(attribute.Value);
            }
            else
            {
                xhtml.Attribute(name, name == "id" ? EpubIds.Clean(attribute.Value) : attribute.Value);
            }
        }
    }

    private static bool IsXmlName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private void WriteLink(XhtmlDocument xhtml, IElement link, string href)
    {
        if (resolver.FileOf(href) is { } file)
        {
            // The book holds no downloads: the reader gets the link's text and where the file is.
            xhtml.Start("span").Attribute("class", "file-link");
            WriteChildren(xhtml, link);
            xhtml.End();
            WhereToFind(xhtml, file);
            return;
        }

        var target = Target(href);
        xhtml.Start("a");
        WriteAttributes(xhtml, link, "href");
        xhtml.Attribute("href", target);
        if (link.ClassList.Contains("term-link"))
        {
            xhtml.Type("glossref");
        }
        else if (link.ClassList.Contains("footnote-ref"))
        {
            xhtml.Type("noteref").Attribute("role", "doc-noteref");
        }
        else if (link.ClassList.Contains("footnote-back-ref"))
        {
            xhtml.Attribute("role", "doc-backlink").Attribute("aria-label", ui["footnotes"]);
        }

        WriteChildren(xhtml, link);
        xhtml.End();
    }

    /// <summary>A link inside the book (fragment ids cleaned as the ids are) or to the web; any other scheme loses its href.</summary>
    private static string? Target(string href)
    {
        if (href.StartsWith('#'))
        {
            return "#" + EpubIds.Clean(href[1..]);
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" or "mailto" ? href : null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? href : href[..hash] + "#" + EpubIds.Clean(href[(hash + 1)..]);
    }

    /// <summary>" (E-box: path · web address)": the file in the offline edition, and online when the site has a full address.</summary>
    public void WhereToFind(XhtmlDocument xhtml, string path)
    {
        xhtml.Text($" ({ui["offline_edition"]}{ui["label_colon"]} ");
        xhtml.Element("span", path, "file-path");
        if (webAddress(path) is { } web)
        {
            xhtml.Text(" · ");
            xhtml.Start("a").Attribute("href", web).Text(web).End();
        }

        xhtml.Text(")");
    }

    private void WriteImage(XhtmlDocument xhtml, IElement image)
    {
        var alt = image.GetAttribute("alt") ?? "";
        if (image.GetAttribute("src") is not { } src || resolver.FileOf(src) is not { } file || EpubMedia.ImageType(file) is null)
        {
            // An image the book cannot hold is read as its description.
            if (alt.Length > 0)
            {
                xhtml.Element("span", alt, "image-alt");
            }

            return;
        }

        media.Include(file);
        xhtml.Start("img");
        WriteAttributes(xhtml, image, "alt", "src", "srcset", "sizes", "loading", "decoding");
        xhtml.Attribute("src", src).Attribute("alt", alt).End();
    }

    /// <summary>A video box in a book: the poster (described as the video), then where to watch it.</summary>
    private void WriteVideo(XhtmlDocument xhtml, IElement video)
    {
        var caption = Caption(video) is { Length: > 0 } text ? text : ui["video"];
        if (video.GetAttribute("poster") is { } poster && resolver.FileOf(poster) is { } posterFile && EpubMedia.ImageType(posterFile) is not null)
        {
            media.Include(posterFile);
            xhtml.Start("img").Attribute("class", "video-poster").Attribute("src", poster).Attribute("alt", caption).End();
        }

        if (video.QuerySelector("source")?.GetAttribute("src") is { } source && resolver.FileOf(source) is { } file)
        {
            xhtml.Start("p").Attribute("class", "video-where");
            xhtml.Element("span", ui["video"], "video-label");
            WhereToFind(xhtml, file);
            xhtml.End();
        }
    }

    /// <summary>The video box's caption without its "Video" label.</summary>
    private static string Caption(IElement video)
    {
        if (video.ParentElement?.QuerySelector("figcaption")?.Clone() is not IElement caption)
        {
            return "";
        }

        foreach (var label in caption.QuerySelectorAll(".box-kind").ToList())
        {
            label.Remove();
        }

        return string.Join(' ', caption.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Markdig's endnote list becomes one aside per note, as EPUB reading systems show in a pop-up.</summary>
    private void WriteFootnotes(XhtmlDocument xhtml, IElement footnotes)
    {
        xhtml.Start("section").Attribute("class", "footnotes").Attribute("id", footnotes.Id is { } id ? EpubIds.Clean(id) : null).Attribute("aria-label", ui["footnotes"]);
        var number = 0;
        foreach (var note in footnotes.QuerySelectorAll("li"))
        {
            number++;
            xhtml.Start("aside").Attribute("id", EpubIds.Clean(note.Id ?? $"fn-{number}")).Attribute("class", "footnote").Type("footnote").Attribute("role", "doc-footnote");
            xhtml.Element("span", number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ", "footnote-number");
            WriteChildren(xhtml, note);
            xhtml.End();
        }

        xhtml.End();
    }
}
