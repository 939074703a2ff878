using GuideBuilder.Markdown;
using Markdig.Syntax;

namespace GuideBuilder.Model;

/// <summary>The index marks of a module, in reading order, each with the section it stands in.</summary>
internal static class IndexMarks
{
    public static IReadOnlyList<IndexMark> Of(ParsedModule module, IReadOnlyList<ExerciseView> exercises, string voicesTitle, string pageTitle)
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
                    marks.Add(Mark(module.Body, mark, section));
                    break;
            }
        }

        marks.AddRange(module.Quotes.SelectMany(q => q.Document.Descendants<IndexMarkInline>().Select(m => Mark(q, m, voicesTitle))));
        for (var i = 0; i < module.Exercises.Count; i++)
        {
            // Facilitator notes are left out: the reader's edition does not print them.
            var instructions = module.Exercises[i].Instructions;
            marks.AddRange(instructions.Document.Descendants<IndexMarkInline>().Select(m => Mark(instructions, m, exercises[i].Title)));
        }

        return marks;
    }

    private static IndexMark Mark(ParsedMarkdown markdown, IndexMarkInline mark, string section) =>
        new(mark.Term, mark.SubEntry, mark.See, mark.SeeAlso, mark.SortKey, mark.Anchor, section, markdown.LocationOf(mark));
}
