using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>Parses Markdown, names its headings, and checks what can be checked without other modules.</summary>
public static class MarkdownParser
{
    /// <summary>Ids the theme uses on every module page; a heading never takes one of them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "top", "objectives", "voices", "exercises", "key-messages", "resources", "footnotes", "search", "toc",
    };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal) { "id", "class", "width", "height", "lang" };

    public static ParsedMarkdown Parse(LocatedText text, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(text.Text, GuideMarkdownPipeline.Instance);
        var parsed = new ParsedMarkdown(document, text, new HashSet<string>(), []);
        var anchors = new HashSet<string>(ReservedIds, StringComparer.Ordinal);
        var headings = AssignHeadingIds(document, anchors);
        CheckSafety(parsed, diagnostics, anchors);
        return new ParsedMarkdown(document, text, anchors, headings);
    }

    private static List<HeadingInfo> AssignHeadingIds(MarkdownDocument document, HashSet<string> anchors)
    {
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            var text = InlineText.Of(heading.Inline);
            var id = attributes.Id;
            if (string.IsNullOrEmpty(id))
            {
                var baseId = Slugs.FromText(text);
                id = baseId;
                for (var n = 2; anchors.Contains(id); n++)
                {
                    id = $"{baseId}-{n}";
                }

                attributes.Id = id;
            }

            anchors.Add(id);
            headings.Add(new HeadingInfo(heading.Level, id, text));
        }

        return headings;
    }

    /// <summary>
    /// The box the author left open. Markdig lets a ':::' line close the outermost open box, so a box
    /// opened without its ':::' takes the closing line of the next box, which then looks unclosed.
    /// </summary>
    private static CustomContainer UnclosedBox(CustomContainer open)
    {
        for (var parent = open.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer { ClosingFencedCharCount: > 0 } closedOuter)
            {
                return closedOuter;
            }
        }

        return open;
    }

    private static void CheckSafety(ParsedMarkdown parsed, DiagnosticBag diagnostics, HashSet<string> anchors)
    {
        var unclosed = new HashSet<CustomContainer>();
        foreach (var node in parsed.Document.Descendants())
        {
            // Markdig closes an open container at the end of the document: the rest of the module would be inside the box.
            if (node is CustomContainer { ClosingFencedCharCount: 0 } open && unclosed.Add(UnclosedBox(open)))
            {
                var box = UnclosedBox(open);
                diagnostics.Error(parsed.LocationOf(box), DiagnosticCodes.UnclosedBox, $"the box '::: {box.Info}' opened here is never closed",
                    "end the box with a line ':::' where it should stop; without it the rest of the module is inside the box");
            }

            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Warning(parsed.LocationOf(node), DiagnosticCodes.RawHtml, "raw HTML is not allowed; it is shown as text",
                        "write Markdown instead (boxes: ::: good-practice, attributes: {#id .class})");
                    break;
                case CustomContainer container when !ContentVocabulary.BoxNames.Contains(container.Info ?? ""):
                    diagnostics.Error(parsed.LocationOf(node), DiagnosticCodes.UnknownBox, $"unknown box '::: {container.Info}'",
                        DidYouMean.Hint(container.Info ?? "", ContentVocabulary.BoxNames));
                    break;
                case IndexMarkInline { Problem: { } problem } mark:
                    diagnostics.Error(parsed.LocationOf(mark), DiagnosticCodes.IndexMarkInvalid, problem,
                        "write {^ Term}, {^ Term > Sub-entry}, {^ Term | see: Other term}, {^ Term | see also: Other term} or {^ Term | sort: Key}");
                    break;
                case Footnote footnote:
                    anchors.Add("fn:" + footnote.Order);
                    break;
                case HtmlEntityInline entity when InvisibleCharacters.Contain(entity.Transcoded.ToString()):
                    entity.Transcoded = new StringSlice(InvisibleCharacters.ReportEscaped(entity.Transcoded.ToString(), parsed.LocationOf(node), diagnostics));
                    break;
                case LinkInline link when InvisibleCharacters.Contain((link.Url ?? "") + link.Title):
                    link.Url = InvisibleCharacters.ReportEscaped(link.Url ?? "", parsed.LocationOf(node), diagnostics);
                    link.Title = InvisibleCharacters.Replace(link.Title ?? "");
                    break;
            }

            if (node.TryGetAttributes() is { } attributes)
            {
                StripUnsafeAttributes(parsed, node, attributes, diagnostics);
                if (attributes.Id is { Length: > 0 } id)
                {
                    anchors.Add(id);
                }
            }
        }
    }

    private static void StripUnsafeAttributes(ParsedMarkdown parsed, MarkdownObject node, HtmlAttributes attributes, DiagnosticBag diagnostics)
    {
        if (attributes.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        foreach (var property in properties.Where(p => !AllowedAttributes.Contains(p.Key)).ToList())
        {
            properties.Remove(property);
            diagnostics.Warning(parsed.LocationOf(node), DiagnosticCodes.RawHtml, $"the attribute '{property.Key}' is not allowed and was dropped",
                "attributes may set id, class, width, height and lang");
        }
    }
}
