using System.Text.RegularExpressions;
using GuideBuilder.Content;
using GuideBuilder.Markdown;

namespace GuideBuilder.Translations;

/// <summary>What changed in a source module between two versions: front-matter fields, and body sections by heading.</summary>
public static partial class ChangeSummary
{
    public static IReadOnlyList<SourceChange> Compare(SourceModule before, SourceModule after)
    {
        var changes = new List<SourceChange>();
        var oldFields = Fields(before);
        var newFields = Fields(after);
        foreach (var name in oldFields.Keys.Union(newFields.Keys).Where(n => n != "body").Order(StringComparer.Ordinal))
        {
            var change = Classify(oldFields.GetValueOrDefault(name), newFields.GetValueOrDefault(name));
            if (change is not null)
            {
                changes.Add(new SourceChange("field", name, change));
            }
        }

        var oldSections = Sections(before.Body.Text);
        var newSections = Sections(after.Body.Text);
        foreach (var (id, heading) in newSections.Select(s => (s.Key, s.Value.Heading)).Concat(oldSections.Where(s => !newSections.ContainsKey(s.Key)).Select(s => (s.Key, s.Value.Heading))))
        {
            var change = Classify(oldSections.GetValueOrDefault(id).Text, newSections.GetValueOrDefault(id).Text);
            if (change is not null)
            {
                changes.Add(new SourceChange("section", heading, change));
            }
        }

        return changes;
    }

    private static string? Classify(string? before, string? after) =>
        before == after ? null : before is null ? "added" : after is null ? "removed" : "changed";

    private static Dictionary<string, string> Fields(SourceModule module) =>
        Fingerprint.TranslatableText(module).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (Name: line[1..line.IndexOf(']', StringComparison.Ordinal)], Value: line))
            .GroupBy(pair => pair.Name)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Select(p => p.Value)));

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
