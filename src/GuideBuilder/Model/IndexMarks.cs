using GuideBuilder.Markdown;
using Markdig.Syntax;

namespace GuideBuilder.Model;

/// <summary>The index marks of a module, in reading order, each with the section it stands in.</summary>
internal static class IndexMarks
{
    public static IReadOnlyList<IndexMark> Of(ParsedModule module, IReadOnlyList<ExerciseView> exercises, string voicesTitle, string pageTitle, Func<string, string> typeset)
    {
        var marks = new List<IndexMark>();
        var section = pageTitle;
        foreach (var node in module.Body.Document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.Level == 2:
                    section = InlineText.Of(heading.Inline);
                    break;
                case IndexMarkInline mark:
                    marks.Add(Mark(module.Body, mark, section, typeset));
                    break;
            }
        }

        marks.AddRange(module.Quotes.SelectMany(q => q.Document.Descendants<IndexMarkInline>().Select(m => Mark(q, m, voicesTitle, typeset))));
        for (var i = 0; i < module.Exercises.Count; i++)
        {
            // Facilitator notes are left out: the reader's edition does not print them.
            var instructions = module.Exercises[i].Instructions;
            marks.AddRange(instructions.Document.Descendants<IndexMarkInline>().Select(m => Mark(instructions, m, exercises[i].Title, typeset)));
        }

        return marks;
    }

    /// <summary>The entry gets the apostrophes and quotes of the text around it (l’Organisation); the sort key stays as written.</summary>
    private static IndexMark Mark(ParsedMarkdown markdown, IndexMarkInline mark, string section, Func<string, string> typeset) =>
        new(typeset(mark.Term), Maybe(mark.SubEntry, typeset), Maybe(mark.See, typeset), Maybe(mark.SeeAlso, typeset), mark.SortKey, mark.Anchor, section, markdown.LocationOf(mark));

    private static string? Maybe(string? text, Func<string, string> typeset) => text is null ? null : typeset(text);
}
