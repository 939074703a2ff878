using GuideBuilder.Content;
using GuideBuilder.Markdown;
using Markdig.Syntax;

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

    /// <summary>The body's figures, tables and boxes, numbered in reading order.</summary>
    public IReadOnlyList<(NumberedItem Item, Markdig.Syntax.Block Block)> Items { get; private init; } = [];

    /// <summary>
    /// The body alone, which is all a module's outline needs (its anchors and numbered items); what its
    /// Markdown reports goes to <paramref name="diagnostics"/>, so rendering parses it again silently.
    /// </summary>
    public static ParsedModule Outline(SourceModule module, Diagnostics.DiagnosticBag diagnostics)
    {
        var body = MarkdownParser.Parse(module.Body, diagnostics);
        return new ParsedModule(module, body, [], []) { Items = NumberedItemsOf(body, module) };
    }

    /// <param name="bodyReported">The body's problems were reported by <see cref="Outline"/>: only the other Markdown's go to <paramref name="diagnostics"/>.</param>
    public static ParsedModule Parse(SourceModule module, Diagnostics.DiagnosticBag diagnostics, bool bodyReported = false)
    {
        var parsed = new ParsedModule(
            module,
            MarkdownParser.Parse(module.Body, bodyReported ? new Diagnostics.DiagnosticBag() : diagnostics),
            [.. module.Voices.Select(v => MarkdownParser.Parse(v.Quote, diagnostics))],
            [.. module.Exercises.Select(e => (MarkdownParser.Parse(e.Instructions, diagnostics),
                e.FacilitatorNotes is null ? null : MarkdownParser.Parse(e.FacilitatorNotes, diagnostics)))]);
        var items = NumberedItemsOf(parsed.Body, module);
        NameIndexMarks(parsed);
        return parsed with { Items = items };
    }

    /// <summary>The body's figures, tables and boxes, numbered after the module (an introduction's are not).</summary>
    private static IReadOnlyList<(NumberedItem Item, Block Block)> NumberedItemsOf(ParsedMarkdown body, SourceModule module) =>
        NumberedItems.Assign(body.Document, module.Kind == ModuleKind.Module ? module.Number : null);

    /// <summary>Gives each index mark that marks a place an anchor of its own ("ix-1", "ix-2"...) across the module's Markdown.</summary>
    private static void NameIndexMarks(ParsedModule parsed)
    {
        var next = 1;
        foreach (var mark in parsed.AllMarkdown.SelectMany(m => m.Document.Descendants<IndexMarkInline>()).Where(m => m.MarksPlace))
        {
            string anchor;
            do
            {
                anchor = "ix-" + next++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (parsed.Anchors.Contains(anchor));

            mark.Anchor = anchor;
        }
    }
}
