using GuideBuilder.Model;

namespace GuideBuilder.Targets.Pdf;

/// <summary>One line of the printed table of contents, with its page number as text.</summary>
public sealed record TocEntry(string Anchor, int Number, string Title, string TabColor, bool IsModule, string PageNumber, string? Lang, IReadOnlyList<TocEntry> Sections);

/// <summary>The introduction or a module as the book prints it, its ids prefixed so that they stay unique in one document.</summary>
public sealed record PrintPart(
    string Anchor,
    string PageName,
    bool BlankBefore,
    GuidePage Page,
    string Body,
    IReadOnlyList<VoiceView> Voices,
    IReadOnlyList<ExerciseView> Exercises,
    string? Notice,
    string? Lang,
    PrintSlides? Slides)
{
    public bool HasResources => Page.Resources.Count > 0 || Slides is not null;
}

/// <summary>
/// Where a reader of the book finds the module's slide deck: its path in the E-box, and its
/// address on the website when guide.yml gives the site's full URL.
/// </summary>
public sealed record PrintSlides(string OfflinePath, string? Url);

/// <summary>Everything the print layout shows.</summary>
public sealed record PrintBook(
    string Lang,
    string LanguageName,
    string GuideTitle,
    string GuideSubtitle,
    string Publisher,
    string Edition,
    string Licence,
    string Year,
    bool Trainer,
    IReadOnlyDictionary<string, string> Ui,
    IReadOnlyList<string> Palette,
    string PageCss,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<PrintPart> Pages);
