using GuideBuilder.Model;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// Turns a module page into the slides a trainer presents it with: cover, Voices, objectives,
/// outline, one slide per exercise, key messages and resources. Long lists run over several
/// slides so that no slide needs shrinking to fit.
/// </summary>
public static class SlideDeckPlanner
{
    private const int MaxItemsPerSlide = 6;
    private const int MaxCharactersPerSlide = 520;

    public static SlideDeck Plan(GuideEdition edition, GuidePage page)
    {
        var ui = edition.Ui;
        var kicker = ui.Format("module_number", ("number", page.Number));
        var slides = new List<Slide> { new(SlideKind.Cover, kicker, page.Title, page.Summary is { } summary ? [summary] : []) };
        slides.AddRange(page.Voices.Select(voice => new Slide(SlideKind.Quote, kicker, ui["voices"],
            [voice.QuoteText, voice.Name, string.Join(" — ", new[] { voice.Role, voice.Country }.Where(s => s.Length > 0))])));
        slides.AddRange(Paged(kicker, ui["objectives"], page.Objectives));
        slides.AddRange(Paged(kicker, ui["contents"], [.. page.Headings.Where(h => h.Level == 2).Select(h => h.Text)]));
        foreach (var exercise in page.Exercises)
        {
            var exerciseKicker = string.Join(" · ", new[] { $"{ui["exercise"]} {page.Number}.{exercise.Number}", exercise.TypeLabel, exercise.Duration }.Where(s => s.Length > 0));
            var materials = exercise.Materials.Count == 0 ? null : ui["materials"] + ui["label_colon"] + " " + string.Join(ui["list_separator"], exercise.Materials);
            slides.AddRange(Paged(exerciseKicker, exercise.Title, exercise.InstructionPoints, numbered: true, materials)
                .Select((slide, i) => i == 0 ? slide with { Notes = exercise.FacilitatorNotesText } : slide));
        }

        slides.AddRange(Paged(kicker, ui["key_messages"], page.KeyMessages));
        slides.AddRange(Paged(kicker, ui["resources"], [.. page.Resources.Select(r => r.Url is { } url ? $"{r.Title}\n{url}" : r.Title)]));
        return new SlideDeck(edition.Language, edition.Title, page.Title, edition.Publisher, page.TabColor, slides);
    }

    private static IEnumerable<Slide> Paged(string kicker, string title, IReadOnlyList<string> items, bool numbered = false, string? foot = null)
    {
        var pages = Pages(items).ToList();
        var first = 1;
        for (var i = 0; i < pages.Count; i++)
        {
            var pageTitle = pages.Count == 1 ? title : $"{title} ({i + 1}/{pages.Count})";
            yield return new Slide(SlideKind.List, kicker, pageTitle, pages[i], numbered, foot, first);
            first += pages[i].Count;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Pages(IReadOnlyList<string> items)
    {
        var current = new List<string>();
        var characters = 0;
        foreach (var item in items)
        {
            if (current.Count > 0 && (current.Count == MaxItemsPerSlide || characters + item.Length > MaxCharactersPerSlide))
            {
                yield return current;
                current = [];
                characters = 0;
            }

            current.Add(item);
            characters += item.Length;
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
