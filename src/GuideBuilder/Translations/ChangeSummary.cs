using System.Text.RegularExpressions;
using GuideBuilder.Content;
using GuideBuilder.Markdown;

namespace GuideBuilder.Translations;

/// <summary>
/// What changed in a source module between two versions, item by item, so a translator knows what
/// to look at: "title changed", "key message 2 changed", "exercise 'role-play' instructions
/// changed", "section 'Who is left out?' added". Whitespace and re-wrapping never count.
/// </summary>
public static partial class ChangeSummary
{
    public static IReadOnlyList<SourceChange> Compare(SourceModule before, SourceModule after)
    {
        var changes = new List<SourceChange>();
        changes.AddRange(Text("title", before.Title, after.Title));
        changes.AddRange(Text("short title", before.ShortTitle, after.ShortTitle));
        changes.AddRange(Text("summary", before.Summary, after.Summary));
        changes.AddRange(ItemChanges.Of("objective", before.Objectives, after.Objectives));
        changes.AddRange(ItemChanges.Of("key message", before.KeyMessages, after.KeyMessages));
        changes.AddRange(ItemChanges.Of("Voice", Voices(before), Voices(after)));
        changes.AddRange(Exercises(before, after));
        changes.AddRange(ItemChanges.Of("resource", Resources(before), Resources(after)));
        changes.AddRange(SectionChanges(before, after));
        return changes;
    }

    private static IEnumerable<SourceChange> Text(string item, string? before, string? after)
    {
        var change = Classify(Blank(before), Blank(after));
        return change is null ? [] : [new SourceChange(item, change)];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : Fingerprint.Normalize(text);

    private static string? Classify(string? before, string? after) =>
        before == after ? null : before is null ? "added" : after is null ? "removed" : "changed";

    private static List<string> Voices(SourceModule module) =>
        module.Voices.Select(v => $"{v.Name} | {v.Role} | {v.Country} | {v.Quote.Text}").ToList();

    private static List<string> Resources(SourceModule module) =>
        module.Resources.Select(r => $"{r.Title} | {r.Description}").ToList();

    /// <summary>Exercises are matched by id (a translation keeps the ids), and each one's parts compared.</summary>
    private static IEnumerable<SourceChange> Exercises(SourceModule before, SourceModule after)
    {
        var old = before.Exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var exercise in after.Exercises)
        {
            var name = $"exercise '{exercise.Id}'";
            if (!old.Remove(exercise.Id, out var previous))
            {
                yield return new SourceChange(name, "added");
                continue;
            }

            var parts = Text($"{name} title", previous.Title, exercise.Title)
                .Concat(ItemChanges.Of($"{name} objective", previous.Objectives, exercise.Objectives))
                .Concat(ItemChanges.Of($"{name} material", previous.Materials, exercise.Materials))
                .Concat(Text($"{name} instructions", previous.Instructions.Text, exercise.Instructions.Text))
                .Concat(Text($"{name} facilitator notes", previous.FacilitatorNotes?.Text, exercise.FacilitatorNotes?.Text));
            foreach (var part in parts)
            {
                yield return part;
            }
        }

        foreach (var id in old.Keys)
        {
            yield return new SourceChange($"exercise '{id}'", "removed");
        }
    }

    private static IEnumerable<SourceChange> SectionChanges(SourceModule before, SourceModule after)
    {
        var oldSections = Sections(before.Body.Text);
        var newSections = Sections(after.Body.Text);
        foreach (var (id, heading) in newSections.Select(s => (s.Key, s.Value.Heading)).Concat(oldSections.Where(s => !newSections.ContainsKey(s.Key)).Select(s => (s.Key, s.Value.Heading))))
        {
            var change = Classify(oldSections.GetValueOrDefault(id).Text, newSections.GetValueOrDefault(id).Text);
            if (change is not null)
            {
                yield return new SourceChange($"section '{heading}'", change);
            }
        }
    }

    /// <summary>The body cut at its ## and ### headings; the part before the first heading is "(introduction)".</summary>
    private static Dictionary<string, (string Heading, string Text)> Sections(string body)
    {
        var sections = new Dictionary<string, (string Heading, string Text)>();
        var heading = "(introduction)";
        var id = "";
        var text = new List<string>();
        void Flush()
        {
            var content = Fingerprint.Normalize(string.Join('\n', text));
            if (content.Length > 0 || id.Length > 0)
            {
                sections[id] = (heading, content);
            }

            text.Clear();
        }

        foreach (var line in body.Split('\n'))
        {
            var match = Heading().Match(line);
            if (!match.Success)
            {
                text.Add(line);
                continue;
            }

            Flush();
            heading = match.Groups["text"].Value.Trim();
            id = match.Groups["id"].Success ? match.Groups["id"].Value : Slugs.FromText(heading);
        }

        Flush();
        return sections;
    }

    [GeneratedRegex(@"^#{2,3}\s+(?<text>.*?)(\s*\{#(?<id>[^}\s]+)[^}]*\})?\s*$")]
    private static partial Regex Heading();
}
