using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>One Markdown file of one language, as written: front matter and body.</summary>
public sealed record SourceModule
{
    public required string Language { get; init; }

    /// <summary>The path relative to the content root, with forward slashes: <c>fr/03-agreements.md</c>.</summary>
    public required string RelativePath { get; init; }

    public required string FileName { get; init; }
    public required ModuleKind Kind { get; init; }
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string? ShortTitle { get; init; }
    public required string? TabColor { get; init; }

    /// <summary>The tab as the file gives it (a palette name or a colour); set but without a <see cref="TabColor"/> when it is not valid.</summary>
    public required string? TabWritten { get; init; }
    public required string Slug { get; init; }
    public required string? Summary { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required IReadOnlyList<string> KeyMessages { get; init; }
    public required IReadOnlyList<Voice> Voices { get; init; }
    public required IReadOnlyList<Exercise> Exercises { get; init; }
    public required IReadOnlyList<Resource> Resources { get; init; }
    public required string? TranslationOf { get; init; }

    /// <summary>Minutes of teaching (presentation and discussion of the text) besides the exercises, from <c>teaching-time</c>.</summary>
    public int? TeachingMinutes { get; init; }
    public required LocatedText Body { get; init; }
    public required SourceLocation IdLocation { get; init; }

    /// <summary>Where the <c>module:</c> line is (the id's place for an introduction, which has none).</summary>
    public SourceLocation NumberLocation { get; init; }

    /// <summary>The front-matter text, kept for fingerprints and change summaries.</summary>
    public required string FrontMatter { get; init; }

    public string DisplayShortTitle => ShortTitle ?? Title;
}
