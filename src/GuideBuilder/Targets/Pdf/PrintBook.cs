using GuideBuilder.Markdown;
using GuideBuilder.Planner;

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
    IReadOnlyList<PrintPart> Pages)
{
    /// <summary>The workshop planner, a section after the modules in the trainer edition; null otherwise.</summary>
    public WorkshopPlan? Planner { get; init; }
}
