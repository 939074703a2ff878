using System.Globalization;
using GuideBuilder.Content;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Epub;

/// <summary>document model -> one edition as an EPUB: cover, title page, contents, one document per module, stylesheet, and the images they show.</summary>
public sealed class EpubBookBuilder(GuideDocument document, ContentFolder content)
{
    private const string Xhtml = "application/xhtml+xml";

    public EpubBook Build(GuideEdition edition)
    {
        var pageFiles = edition.Pages.ToDictionary(p => p.Id, p => EpubAddressResolver.PageFileName(p.Slug), StringComparer.Ordinal);
        var media = new EpubMedia();
        var fragments = new EpubFragmentWriter(new EpubAddressResolver(pageFiles), media, edition.Ui, document.Settings.Site.WebAddressOf);
        List<EpubItem> items =
        [
            new(EpubBook.CoverFile, "cover", Xhtml, EpubFrontMatter.Cover(document, edition), null, InSpine: true),
            new(EpubBook.TitleFile, "title-page", Xhtml, EpubFrontMatter.TitlePage(document, edition), null, InSpine: true),
            new(EpubBook.NavFile, "nav", Xhtml, EpubNavigation.Write(edition, pageFiles), null, "nav", InSpine: true),
        ];
        foreach (var (page, index) in edition.Pages.Select((p, i) => (p, i)))
        {
            var bytes = new EpubPageWriter(edition, fragments, Notice(edition, page)).Write(page);
            items.Add(new(EpubAddressResolver.TextFolder + pageFiles[page.Id], Id("page", index), Xhtml, bytes, null, InSpine: true));
        }

        if (!edition.Index.IsEmpty)
        {
            items.Add(new(EpubAddressResolver.TextFolder + EpubIndex.File, "book-index", Xhtml, EpubIndex.Write(edition, pageFiles), null, InSpine: true));
        }

        items.Add(new(EpubBook.StyleFile, "css", "text/css", EpubStyles.For(edition), null));
        items.AddRange(media.Paths.Select((path, index) => Media(path, index)));
        return new EpubBook(edition.Language, EpubPackageDocument.Write(document, edition, items), items);
    }

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
