using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.Pdf;

/// <summary>The introduction or a module as the book prints it, its ids prefixed so that they stay unique in one document.</summary>
public sealed record PrintPart(
    string Anchor,
    string PageName,
    bool BlankBefore,
    GuidePage Page,
    HtmlFragment Body,
    IReadOnlyList<VoiceView> Voices,
    IReadOnlyList<ExerciseView> Exercises,
    string? Notice,
    string? Lang,
    IReadOnlyList<PrintResource> Resources);
