using GuideBuilder.Content;
using GuideBuilder.Markdown;

namespace GuideBuilder.Model;

/// <summary>A source module with all its Markdown parsed (body, quotes, instructions, notes).</summary>
internal sealed record ParsedModule(
    SourceModule Source,
    ParsedMarkdown Body,
    IReadOnlyList<ParsedMarkdown> Quotes,
    IReadOnlyList<(ParsedMarkdown Instructions, ParsedMarkdown? Notes)> Exercises)
{
    /// <summary>Every anchor the module's page has: headings, footnotes, the theme's sections and exercises.</summary>
    public IReadOnlySet<string> Anchors { get; } =
        new HashSet<string>(Body.Anchors.Concat(Source.Exercises.Select(e => "exercise-" + e.Id)), StringComparer.Ordinal);

    public IEnumerable<ParsedMarkdown> AllMarkdown =>
        new[] { Body }.Concat(Quotes).Concat(Exercises.Select(e => e.Instructions)).Concat(Exercises.Select(e => e.Notes).OfType<ParsedMarkdown>());

    public static ParsedModule Parse(SourceModule module, Diagnostics.DiagnosticBag diagnostics) => new(
        module,
        MarkdownParser.Parse(module.Body, diagnostics),
        [.. module.Voices.Select(v => MarkdownParser.Parse(v.Quote, diagnostics))],
        [.. module.Exercises.Select(e => (MarkdownParser.Parse(e.Instructions, diagnostics),
            e.FacilitatorNotes is null ? null : MarkdownParser.Parse(e.FacilitatorNotes, diagnostics)))]);
}
