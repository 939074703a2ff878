using System.Globalization;
using System.Text.RegularExpressions;
using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Targets.PrintedPages;

/// <summary>
/// Gives the blocks of a page's rendered Markdown (body, exercise instructions, facilitator notes)
/// ids numbered in reading order (blk-1, blk-2...), keeping the id a block already has (headings).
/// A pure rewrite of the literal HTML: Markdig writes start tags in one form, attributes
/// double-quoted, and escapes every '&lt;' of the author's text, so the pattern is exact. The
/// footnotes are marked as one block: in a book they are one list of pop-up notes.
/// </summary>
public static partial class BlockIds
{
    public const string Prefix = "blk-";

    public const string Objectives = "objectives";
    public const string Exercises = "exercises";
    public const string KeyMessages = "key-messages";
    public const string Resources = "resources";

    public static string Exercise(ExerciseView exercise) => "exercise-" + exercise.Id;

    /// <summary>The items of the lists the layouts write (objectives, key messages, resources), numbered from 1.</summary>
    public static string Objective(int number) => "objective-" + number.ToString(CultureInfo.InvariantCulture);

    public static string KeyMessage(int number) => "key-message-" + number.ToString(CultureInfo.InvariantCulture);

    public static string Resource(int number) => "resource-" + number.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> Items(Func<int, string> id, int count) => Enumerable.Range(1, count).Select(id);

    public static BlockMarkedPage Mark(GuidePage page)
    {
        var taken = page.Exercises.SelectMany(e => (HtmlFragment?[])[e.Instructions, e.FacilitatorNotes]).Prepend(page.Body).OfType<HtmlFragment>()
            .SelectMany(f => ExistingId().Matches(f.Markup).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var numbering = new Numbering(taken);
        var blocks = new List<string>();
        if (page.Objectives.Count > 0)
        {
            blocks.Add(Objectives);
            blocks.AddRange(Items(Objective, page.Objectives.Count));
        }

        var body = numbering.Mark(page.Body, blocks);
        var exercises = new List<ExerciseView>();
        if (page.Exercises.Count > 0)
        {
            blocks.Add(Exercises);
        }

        foreach (var exercise in page.Exercises)
        {
            blocks.Add(Exercise(exercise));
            var instructions = numbering.Mark(exercise.Instructions, blocks);
            var notes = exercise.FacilitatorNotes is null ? null : numbering.Mark(exercise.FacilitatorNotes, blocks);
            exercises.Add(exercise with { Instructions = instructions, FacilitatorNotes = notes });
        }

        if (page.KeyMessages.Count > 0)
        {
            blocks.Add(KeyMessages);
            blocks.AddRange(Items(KeyMessage, page.KeyMessages.Count));
        }

        if (page.IsModule || page.Resources.Count > 0)
        {
            blocks.Add(Resources);
            blocks.AddRange(Items(Resource, (page.IsModule ? 1 : 0) + page.Resources.Count));
        }

        return new BlockMarkedPage(page with { Body = body, Exercises = exercises }, blocks);
    }

    private sealed class Numbering(HashSet<string> taken)
    {
        private int _next = 1;

        public HtmlFragment Mark(HtmlFragment fragment, List<string> blocks)
        {
            var inFootnotes = false;
            return fragment.MapLiterals(literal => BlockStart().Replace(literal, match =>
            {
                var footnotes = match.Groups["name"].Value == "div";
                if (inFootnotes || (footnotes && !match.Value.StartsWith("<div class=\"footnotes\"", StringComparison.Ordinal)))
                {
                    return match.Value;
                }

                inFootnotes = footnotes;
                if (ExistingId().Match(match.Value) is { Success: true } existing)
                {
                    blocks.Add(existing.Groups[1].Value);
                    return match.Value;
                }

                var id = NextId();
                blocks.Add(id);
                return $"<{match.Groups["name"].Value} id=\"{id}\"{match.Groups["rest"].Value}";
            }));
        }

        private string NextId()
        {
            string id;
            do
            {
                id = Prefix + _next.ToString(CultureInfo.InvariantCulture);
                _next++;
            }
            while (taken.Contains(id));

            return id;
        }
    }

    [GeneratedRegex("<(?<name>p|li|h[1-6]|blockquote|pre|tr|dt|dd|figcaption|div)(?<rest>(?:\\s[^<>]*)?>)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex ExistingId();
}
