using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Pdf;

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
    HtmlFragment PageCss,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<PrintPart> Pages);
