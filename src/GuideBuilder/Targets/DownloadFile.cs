namespace GuideBuilder.Targets;

/// <summary>
/// A built file that the HTML targets offer for download, per language: a textbook PDF (for the
/// whole guide, in every page's footer) or a module's slide deck (<paramref name="PageId"/>, on that module's page).
/// </summary>
public sealed record DownloadFile(string Language, string FileName, string SourcePath, string LabelKey, string? PageId = null)
{
    /// <summary>For a textbook: where each of its numbered pages begins, for the EPUB's page list.</summary>
    public PrintedPages.PrintedPageMap? PrintedPages { get; init; }
}
