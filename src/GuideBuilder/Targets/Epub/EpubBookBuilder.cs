using System.Globalization;
using GuideBuilder.Content;
using GuideBuilder.Model;
using GuideBuilder.Targets.PrintedPages;

namespace GuideBuilder.Targets.Epub;

/// <summary>document model -> one edition as an EPUB: cover, title page, contents, one document per module, stylesheet, and the images they show.</summary>
public sealed class EpubBookBuilder(GuideDocument document, ContentFolder content)
{
    private const string Xhtml = "application/xhtml+xml";

    /// <param name="printed">Where the textbook's pages begin, for the page list; none when the PDF was not built with the book.</param>
    public EpubBook Build(GuideEdition edition, PrintedPageMap? printed = null)
    {
        var pageFiles = edition.Pages.ToDictionary(p => p.Id, p => EpubAddressResolver.PageFileName(p.Slug), StringComparer.Ordinal);
        var media = new EpubMedia();
        var fragments = new EpubFragmentWriter(new EpubAddressResolver(pageFiles), media, edition.Ui, document.Settings.Site.WebAddressOf);
        var pages = new List<EpubItem>();
        var pageList = new List<(string File, string Label)>();
        foreach (var (page, index) in edition.Pages.Select((p, i) => (p, i)))
        {
            var file = EpubAddressResolver.TextFolder + pageFiles[page.Id];
            var bytes = new EpubPageWriter(edition, fragments, Notice(edition, page), document.TrainerEdition).Write(BlockIds.Mark(page).Page, PageBreaks(printed, page), out var breaks);
            pages.Add(new(file, Id("page", index), Xhtml, bytes, null, InSpine: true));
            pageList.AddRange(breaks.Select(label => (file, label)));
        }

        List<EpubItem> items =
        [
            new(EpubBook.CoverFile, "cover", Xhtml, EpubFrontMatter.Cover(document, edition), null, InSpine: true),
            new(EpubBook.TitleFile, "title-page", Xhtml, EpubFrontMatter.TitlePage(document, edition), null, InSpine: true),
            new(EpubBook.NavFile, "nav", Xhtml, EpubNavigation.Write(edition, pageFiles, pageList), null, "nav", InSpine: true),
            .. pages,
        ];
        if (edition.Glossary.Count > 0)
        {
            items.Add(new(EpubAddressResolver.TextFolder + EpubAddressResolver.GlossaryFileName, "glossary", Xhtml, EpubGlossary.Write(edition, fragments), null, InSpine: true));
        }

        if (!edition.Index.IsEmpty)
        {
            items.Add(new(EpubAddressResolver.TextFolder + EpubIndex.File, "book-index", Xhtml, EpubIndex.Write(edition, pageFiles), null, InSpine: true));
        }

        items.Add(new(EpubBook.StyleFile, "css", "text/css", EpubStyles.For(edition), null));
        items.AddRange(media.Paths.Select((path, index) => Media(path, index)));
        var source = pageList.Count > 0 ? printed : null;
        return new EpubBook(edition.Language, EpubPackageDocument.Write(document, edition, items, source), items);
    }

    /// <summary>The printed pages that begin in this page, by the EPUB id of the element they begin at.</summary>
    private static Dictionary<string, IReadOnlyList<string>> PageBreaks(PrintedPageMap? printed, GuidePage page) =>
        (printed?.Starts ?? []).Where(s => s.PageId == page.Id)
            .GroupBy(s => s.Block.Length == 0 ? EpubPageWriter.PartStart : EpubIds.Clean(s.Block), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.Label)], StringComparer.Ordinal);

    private EpubItem Media(string path, int index)
    {
        var type = EpubMedia.ImageType(path)!;
        var source = content.CopySource(path);
        return type == "image/svg+xml"
            ? new EpubItem(path, Id("media", index), type, EpubSvg.ForBook(source), null)
            : new EpubItem(path, Id("media", index), type, null, source);
    }

    private static string Id(string kind, int index) => kind + "-" + index.ToString("000", CultureInfo.InvariantCulture);

    private string? Notice(GuideEdition edition, GuidePage page) => page.State switch
    {
        TranslationState.Missing or TranslationState.InProgress => edition.Ui.Format("missing_translation", ("source", edition.Ui.LanguageName(page.ContentLanguage))),
        TranslationState.Outdated when document.Settings.OutdatedNotice => edition.Ui["outdated_translation"],
        _ => null,
    };
}
