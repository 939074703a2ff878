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
    string? Lang);

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
