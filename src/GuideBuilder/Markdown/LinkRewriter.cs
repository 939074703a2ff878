using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Model.Addresses;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>
/// Checks every link, image and video of a parsed piece of Markdown and attaches to it the typed
/// <see cref="Address"/> it resolves to (a module, a media file), which each target writes as its own URL.
/// </summary>
public sealed class LinkRewriter(ILinkTargets targets, MediaResolver media, string language, IReadOnlyList<string> languages, DiagnosticBag diagnostics,
    TermVocabulary? terms = null, IReferenceResolver? references = null)
{
    public const string ReferenceScheme = "ref";

    private readonly TermVocabulary _terms = terms ?? TermVocabulary.None;

    public void Rewrite(ParsedMarkdown parsed, IReadOnlySet<string> ownAnchors) => Rewrite(parsed, ownAnchors, null);

    /// <param name="termsSeen">The concepts a module already marked (its first use of each gets the toggletip); null: every mark links to its entry (a glossary definition).</param>
    /// <param name="pageId">The module the Markdown belongs to: a cross-reference to a section id several modules share finds its own.</param>
    public void Rewrite(ParsedMarkdown parsed, IReadOnlySet<string> ownAnchors, ISet<string>? termsSeen, string? pageId = null)
    {
        // A list: an autolink the guide does not allow is replaced in the tree.
        foreach (var node in parsed.Document.Descendants().ToList())
        {
            switch (node)
            {
                case AutolinkInline autolink:
                    CheckAutolink(parsed, autolink);
                    break;
                case LinkInline { IsImage: true } image:
                    RewriteImage(parsed, image);
                    break;
                case LinkInline link when WebAddress.SchemeOf(link.Url ?? "") == TermScheme:
                    MarkTerm(parsed, link, termsSeen);
                    break;
                case LinkInline link when WebAddress.SchemeOf(link.Url ?? "") == ReferenceScheme:
                    Attach(link, RewriteReference(parsed, link, pageId));
                    break;
                case LinkInline link:
                    Attach(link, RewriteLink(parsed, link, link.Url ?? "", ownAnchors));
                    break;
                case CustomContainer { Info: "video" } video:
                    if (ResolveVideo(parsed, video) is { } source)
                    {
                        video.SetData(typeof(VideoSource), source);
                    }

                    break;
            }
        }
    }

    /// <summary>The scheme of a term mark: <c>[portabilité](term:portability)</c>.</summary>
    public const string TermScheme = "term";

    private void MarkTerm(ParsedMarkdown parsed, LinkInline link, ISet<string>? termsSeen)
    {
        var at = parsed.LocationOf(link);
        var id = (link.Url ?? "")[(link.Url!.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        link.Url = "";
        if (!_terms.HasGlossary)
        {
            diagnostics.Error(at, DiagnosticCodes.NoGlossary, $"the term '{id}' is marked, but the guide has no glossary",
                $"create {_terms.SourceGlossaryPath} with an entry '{id}' (term, definition), or write the text without the mark");
            return;
        }

        if (!_terms.Knows(id))
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownTerm, $"the term '{id}' is not in the glossary",
                DidYouMean.Hint(id, _terms.ConceptIds) + $" (or add '{id}' to {_terms.SourceGlossaryPath})");
            return;
        }

        if (InlineText.Of(link).Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownTerm, $"the mark of the term '{id}' has no text",
                $"write the words the reader sees between the brackets: [{_terms.Tip(id)!.Term}](term:{id})");
            return;
        }

        var use = termsSeen is null ? TermUse.Link : termsSeen.Add(id) ? TermUse.First : TermUse.Later;
        link.SetData(typeof(TermMark), new TermMark(id, use, use == TermUse.First ? _terms.Tip(id) : null));
        Attach(link, new GlossaryAddress(id));
    }

    /// <summary>[](ref:fig-coverage): the target's address, with its label and page format attached for the renderer.</summary>
    private PageAddress? RewriteReference(ParsedMarkdown parsed, LinkInline link, string? pageId)
    {
        var at = parsed.LocationOf(link);
        var id = Uri.UnescapeDataString((link.Url ?? "")[(ReferenceScheme.Length + 1)..]).Trim();
        var reference = id.Length == 0
            ? null
            : references?.Resolve(id, pageId, at, diagnostics);
        if (id.Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownReference, "the cross-reference names no id", "write [](ref:id), the id of a figure, table, box, section, exercise or module");
        }

        link.Url = "";
        if (reference is null)
        {
            return null;
        }

        link.SetData(typeof(CrossReference), reference);
        return reference.Target;
    }

    private void RewriteImage(ParsedMarkdown parsed, LinkInline image)
    {
        var at = parsed.LocationOf(image);
        if (InlineText.Of(image).Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.MissingAltText, "the image has no alt text",
                "describe the image for readers who cannot see it: ![what the image shows](path)");
        }

        var url = image.Url ?? "";
        if (!WebAddress.IsAllowedScheme(WebAddress.SchemeOf(url)))
        {
            ReportScheme(at, url);
            image.Url = "";
            return;
        }

        if (MediaResolver.IsExternal(url))
        {
            diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"the image '{url}' is on the web; the offline edition cannot show it",
                "download the image into media/ and link to the file");
            return;
        }

        var resolved = media.Resolve(url, language, at, diagnostics);
        if (resolved is not null)
        {
            Attach(image, new AssetAddress(resolved.ResolvedPath));
        }
    }

    private static void Attach(LinkInline link, Address? address)
    {
        if (address is not null)
        {
            link.SetData(typeof(Address), address);
        }
    }

    /// <summary>&lt;https://...&gt; and &lt;name@example.org&gt; are fine; &lt;javascript:...&gt; is shown as text, with an error.</summary>
    private void CheckAutolink(ParsedMarkdown parsed, AutolinkInline autolink)
    {
        var url = autolink.Url ?? "";
        var scheme = autolink.IsEmail ? "mailto" : WebAddress.SchemeOf(url);
        if (scheme is "http" or "https")
        {
            WebAddress.WarnIfMalformed(url, parsed.LocationOf(autolink), diagnostics);
        }
        else if (scheme != "mailto")
        {
            ReportScheme(parsed.LocationOf(autolink), url);
            autolink.ReplaceBy(new LiteralInline(url));
        }
    }

    private void ReportScheme(SourceLocation at, string url) =>
        diagnostics.Error(at, DiagnosticCodes.InvalidValue, $"the link '{url}' uses a scheme the guide does not allow",
            "links may be web addresses (https://), mailto:, other modules (02-legal.md#section) or files under media/");

    /// <summary>The address a link resolves to, or null when it stays as written (a web address, mailto:, an anchor of this module) or is an error.</summary>
    private Address? RewriteLink(ParsedMarkdown parsed, LinkInline link, string url, IReadOnlySet<string> ownAnchors)
    {
        var at = parsed.LocationOf(link);
        var scheme = WebAddress.SchemeOf(url);
        if (scheme is "http" or "https")
        {
            WebAddress.WarnIfMalformed(url, at, diagnostics);
            return null;
        }

        if (url.Length == 0 || scheme == "mailto")
        {
            return null;
        }

        if (scheme is not null || (url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('#')))
        {
            ReportScheme(at, url);
            link.Url = "";
            return null;
        }

        var hashIndex = url.IndexOf('#', StringComparison.Ordinal);
        var path = hashIndex >= 0 ? url[..hashIndex] : url;
        var anchor = hashIndex >= 0 ? Uri.UnescapeDataString(url[(hashIndex + 1)..]) : null;
        if (path.Length == 0)
        {
            CheckAnchor(at, anchor!, ownAnchors, "this module");
            return null;
        }

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return RewriteModuleLink(at, path, anchor);
        }

        var resolved = media.Resolve(Uri.UnescapeDataString(path), language, at, diagnostics);
        return resolved is null ? null : new AssetAddress(resolved.ResolvedPath);
    }

    private PageAddress? RewriteModuleLink(SourceLocation at, string path, string? anchor)
    {
        var fileName = Uri.UnescapeDataString(path.Replace('\\', '/').Split('/')[^1]);
        var target = targets.FindModule(fileName);
        if (target is null)
        {
            if (!targets.IsUnreadable(fileName))
            {
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"the link points to '{path}', which is not a module of this guide",
                    DidYouMean.Hint(fileName, targets.FileNames));
            }

            return null;
        }

        if (anchor is not null)
        {
            CheckAnchor(at, anchor, target.Anchors, fileName);
        }

        return new PageAddress(target.ModuleId, anchor);
    }

    private void CheckAnchor(SourceLocation at, string anchor, IReadOnlySet<string> anchors, string where)
    {
        if (!anchors.Contains(anchor))
        {
            diagnostics.Error(at, DiagnosticCodes.BrokenAnchor, $"'#{anchor}' is not a section of {where}",
                DidYouMean.Hint(anchor, anchors.Where(a => !a.StartsWith("fn:", StringComparison.Ordinal) && !MarkdownParser.ReservedIds.Contains(a)).Order(StringComparer.Ordinal)));
        }
    }

    private VideoSource? ResolveVideo(ParsedMarkdown parsed, CustomContainer video)
    {
        var at = parsed.LocationOf(video);
        var source = (video.Arguments ?? "").Trim();
        if (source.Length == 0)
        {
            diagnostics.Error(at, DiagnosticCodes.MissingField, "the video box names no video",
                "write '::: video media/videos/name.mp4' or '::: video https://...'");
            return null;
        }

        if (source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return new VideoSource(null, null, [], source);
        }

        var file = media.Resolve(source, language, at, diagnostics);
        if (file is null)
        {
            return null;
        }

        var stem = source[..^Path.GetExtension(source).Length];
        var captions = languages
            .Select(l => (Language: l, File: media.Find($"{stem}.{l}.vtt", l, at, diagnostics)))
            .Where(c => c.File is not null)
            .Select(c => new CaptionTrack(c.Language, new AssetAddress(c.File!)))
            .ToList();
        if (!captions.Exists(c => c.Language == language))
        {
            // Captions are how deaf readers, and anyone in a room without sound, follow a video.
            diagnostics.Warning(at, DiagnosticCodes.MissingMedia, $"the video has no captions in '{language}'",
                $"add {stem}.{language}.vtt (WebVTT) beside the video");
        }

        var poster = media.Find(stem + ".jpg", language, at, diagnostics) ?? media.Find(stem + ".png", language, at, diagnostics);
        return new VideoSource(new AssetAddress(file.ResolvedPath), poster is null ? null : new AssetAddress(poster), captions, null);
    }
}
