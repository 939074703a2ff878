using System.Globalization;
using GuideBuilder.Content;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Every unit of a module, in the order of the file: the front-matter texts (title, summary,
/// objectives, voices, exercises, key messages, resources), then the body. Plain front-matter texts
/// are one unit each; the Markdown ones (a voice's quote, an exercise's instructions and notes) and
/// the body are split into blocks. Ids, numbers, tabs, paths and URLs are not units: they are copied
/// from the source on import.
/// </summary>
public static class ModuleUnits
{
    public static IReadOnlyList<XliffUnit> Of(SourceModule module)
    {
        var units = new List<XliffUnit>();
        void Plain(string? value, string group, params string[] field)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var content = InlineCodes.Tidy([new XliffText(value)]);
                units.Add(new XliffUnit(string.Join('.', field.Select(MarkdownUnits.Token)), group, field, null, Describe(field), false, content, [], 0, value.Length));
            }
        }

        void Markdown(string? value, params string[] field)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                units.AddRange(MarkdownUnits.Of(value, field, string.Join('.', field.Select(MarkdownUnits.Token))));
            }
        }

        Plain(module.Title, "title", "title");
        Plain(module.ShortTitle, "short-title", "short-title");
        Plain(module.Summary, "summary", "summary");
        List(module.Objectives, "objectives", Plain);
        for (var i = 0; i < module.Voices.Count; i++)
        {
            var voice = module.Voices[i];
            var n = Number(i);
            Plain(voice.Name, $"voices.{n}", "voices", n, "name");
            Plain(voice.Role, $"voices.{n}", "voices", n, "role");
            Plain(voice.Country, $"voices.{n}", "voices", n, "country");
            Markdown(voice.Quote.Text, "voices", n, "quote");
        }

        List(module.KeyMessages, "key-messages", Plain);
        foreach (var exercise in module.Exercises)
        {
            var group = $"exercises.{MarkdownUnits.Token(exercise.Id)}";
            Plain(exercise.Title, group, "exercises", exercise.Id, "title");
            Plain(exercise.Duration, group, "exercises", exercise.Id, "duration");
            for (var i = 0; i < exercise.Objectives.Count; i++)
            {
                Plain(exercise.Objectives[i], $"{group}.objectives", "exercises", exercise.Id, "objectives", Number(i));
            }

            for (var i = 0; i < exercise.Materials.Count; i++)
            {
                Plain(exercise.Materials[i], $"{group}.materials", "exercises", exercise.Id, "materials", Number(i));
            }

            Markdown(exercise.Instructions.Text, "exercises", exercise.Id, "instructions");
            Markdown(exercise.FacilitatorNotes?.Text, "exercises", exercise.Id, "facilitator-notes");
        }

        for (var i = 0; i < module.Resources.Count; i++)
        {
            Plain(module.Resources[i].Title, $"resources.{Number(i)}", "resources", Number(i), "title");
            Plain(module.Resources[i].Description, $"resources.{Number(i)}", "resources", Number(i), "description");
        }

        Markdown(module.Body.Text, "body");
        return units;
    }

    private static void List(IReadOnlyList<string> items, string name, Action<string?, string, string[]> plain)
    {
        for (var i = 0; i < items.Count; i++)
        {
            plain(items[i], name, [name, Number(i)]);
        }
    }

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Describe(string[] field) => field[^1] switch
    {
        "short-title" => "short title (thumb tab and running header)",
        var last when int.TryParse(last, out _) => $"{field[^2]} item",
        var last => last,
    };
}
