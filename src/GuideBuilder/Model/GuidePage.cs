using GuideBuilder.Content;
using GuideBuilder.Markdown;
using GuideBuilder.Palette;

namespace GuideBuilder.Model;

/// <summary>One module (or the introduction) of one language edition, rendered once for all targets.</summary>
public sealed record GuidePage
{
    public required string Id { get; init; }
    public required ModuleKind Kind { get; init; }
    public required int Number { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string TabColor { get; init; }

    /// <summary>The tab's readable shades, as CSS custom properties for a <c>style</c> attribute.</summary>
    public string TabStyle => TabShades.For(TabColor).Style;
    public required string? Summary { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required IReadOnlyList<VoiceView> Voices { get; init; }
    public required HtmlFragment Body { get; init; }
    public required IReadOnlyList<HeadingInfo> Headings { get; init; }
    public required IReadOnlyList<ExerciseView> Exercises { get; init; }
    public required IReadOnlyList<string> KeyMessages { get; init; }
    public required IReadOnlyList<ResourceView> Resources { get; init; }
    public required IReadOnlyList<SectionText> SearchSections { get; init; }

    /// <summary>The page's index marks in reading order (the edition's index is made from them).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    internal IReadOnlyList<IndexMark> IndexMarks { get; init; } = [];

    /// <summary>The language the text is in: the edition's, or the source language for a fallback.</summary>
    public required string ContentLanguage { get; init; }

    public required TranslationState State { get; init; }

    /// <summary>The content file the page was made from, relative to the content root.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Minutes of teaching besides the exercises (<c>teaching-time</c>); null when not given.</summary>
    public int? TeachingMinutes { get; init; }

    public bool IsModule => Kind == ModuleKind.Module;
}
