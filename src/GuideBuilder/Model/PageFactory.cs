using GuideBuilder.Content;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>Renders a parsed module into the page every target shows.</summary>
internal static class PageFactory
{
    private const string NeutralTab = "#455a64";

    public static GuidePage Create(ParsedModule module, UiStrings ui, bool trainerEdition, ContentFolder folder)
    {
        var source = module.Source;
        return new GuidePage
        {
            Id = source.Id,
            Kind = source.Kind,
            Number = source.Number,
            Slug = source.Slug,
            Title = Typeset(source.Title),
            ShortTitle = Typeset(source.DisplayShortTitle),
            TabColor = source.TabColor ?? NeutralTab,
            Summary = source.Summary is null ? null : Typeset(source.Summary),
            Objectives = Typeset(source.Objectives),
            Voices = [.. source.Voices.Select((voice, i) => new VoiceView(Typeset(voice.Name), Typeset(voice.Role), voice.Country,
                MarkdownHtml.RenderInline(module.Quotes[i], ui), Asset(voice.Photo), voice.Name, Initials(voice.Name)))],
            BodyHtml = MarkdownHtml.Render(module.Body, ui),
            Headings = module.Body.Headings,
            Exercises = [.. source.Exercises.Select((exercise, i) => new ExerciseView(
                exercise.Id,
                i + 1,
                Typeset(exercise.Title),
                exercise.Type,
                ui[UiStringKeys.ForExerciseType(exercise.Type)],
                exercise.Duration,
                Typeset(exercise.Objectives),
                Typeset(exercise.Materials),
                MarkdownHtml.Render(module.Exercises[i].Instructions, ui),
                trainerEdition && module.Exercises[i].Notes is { } notes ? MarkdownHtml.Render(notes, ui) : null,
                Asset(exercise.Handout),
                exercise.Handout is null ? null : Path.GetFileName(exercise.Handout.ResolvedPath)))],
            KeyMessages = Typeset(source.KeyMessages),
            Resources = [.. source.Resources.Select(resource => new ResourceView(
                Typeset(resource.Title),
                resource.Type,
                ui[UiStringKeys.ForResourceType(resource.Type)],
                resource.Url,
                Asset(resource.File),
                resource.File is null ? null : Path.GetFileName(resource.File.ResolvedPath),
                resource.File is null ? null : SizeLabel(folder, resource.File.ResolvedPath),
                Typeset(resource.Description)))],
            SearchSections = SearchSections(module, ui),
            ContentLanguage = source.Language,
            State = TranslationState.Source,
            SourcePath = source.RelativePath,
        };
    }

    /// <summary>The body's sections, then the Voices, exercises and key messages, which search must find too.</summary>
    private static List<SectionText> SearchSections(ParsedModule module, UiStrings ui)
    {
        var source = module.Source;
        var sections = SectionTextExtractor.Extract(module.Body).ToList();
        if (source.Voices.Count > 0)
        {
            sections.Add(new SectionText("voices", ui["voices"],
                string.Join(' ', source.Voices.Select((v, i) => $"{v.Name}, {v.Role}, {v.Country}: {InlineText.Of(module.Quotes[i].Document)}"))));
        }

        sections.AddRange(source.Exercises.Select((exercise, i) => new SectionText("exercise-" + exercise.Id, Typeset(exercise.Title),
            $"{ui[UiStringKeys.ForExerciseType(exercise.Type)]}. {InlineText.Of(module.Exercises[i].Instructions.Document)}")));
        if (source.KeyMessages.Count > 0)
        {
            sections.Add(new SectionText("key-messages", ui["key_messages"], string.Join(' ', Typeset(source.KeyMessages))));
        }

        return sections;
    }

    /// <summary>Front-matter text is plain, not Markdown: it gets the apostrophes the body gets from the pipeline.</summary>
    private static string Typeset(string text) => SmartTypography.Apostrophes(text);

    private static IReadOnlyList<string> Typeset(IReadOnlyList<string> texts) => [.. texts.Select(Typeset)];

    private static string? Asset(MediaReference? media) => media is null ? null : Placeholders.Asset(media.ResolvedPath);

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(part => char.ToUpperInvariant(part[0])));

    private static string SizeLabel(ContentFolder folder, string path) => FileSizeLabel.For(folder.FullPath(path));
}
