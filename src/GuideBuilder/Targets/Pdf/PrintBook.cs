using GuideBuilder.Markdown;
using GuideBuilder.Model;
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

    /// <summary>The glossary at the back of the book; empty when the guide has none.</summary>
    public IReadOnlyList<GlossaryItem> Glossary { get; init; } = [];

    /// <summary>The id of the glossary section (its entries' ids are <c>glossary--term-&lt;id&gt;</c>).</summary>
    public string GlossaryAnchor => PrintBookBuilder.GlossarySection;

    /// <summary>The index at the back of the book, with page numbers (empty when the guide marks no entries).</summary>
    public IReadOnlyList<PrintIndexLetter> Index { get; init; } = [];

    /// <summary>The anchor of the index, which the table of contents links to.</summary>
    public string IndexAnchor => PrintBookBuilder.IndexAnchor;
}
