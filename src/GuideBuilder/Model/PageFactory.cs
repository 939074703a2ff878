using System.Globalization;
using GuideBuilder.Content;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>Renders a parsed module into the page every target shows.</summary>
internal static class PageFactory
{
    public static GuidePage Create(ParsedModule module, UiStrings ui, bool trainerEdition, ContentFolder folder)
    {
        var source = module.Source;

        // Front-matter text is plain, not Markdown: it gets the quotes and apostrophes the body gets from the pipeline.
        string Typeset(string text) => SmartTypography.PlainText(text, source.Language);
        IReadOnlyList<string> TypesetAll(IReadOnlyList<string> texts) => [.. texts.Select(Typeset)];

        IReadOnlyList<ExerciseView> exercises = [.. source.Exercises.Select((exercise, i) => new ExerciseView(
            exercise.Id,
            i + 1,
            Typeset(exercise.Title),
            exercise.Type,
            ui[UiStringKeys.ForExerciseType(exercise.Type)],
            exercise.Minutes is { } minutes ? DurationLabel.For(minutes, ui) : "",
            TypesetAll(exercise.Objectives),
            TypesetAll(exercise.Materials),
            MarkdownHtml.Render(module.Exercises[i].Instructions, ui),
            trainerEdition && module.Exercises[i].Notes is { } notes ? MarkdownHtml.Render(notes, ui) : null,
            Asset(exercise.Handout),
            exercise.Handout is null ? null : Path.GetFileName(exercise.Handout.ResolvedPath))
        {
            Minutes = exercise.Minutes,
            InstructionPoints = MarkdownPoints.ItemsOrParagraphs(module.Exercises[i].Instructions, ui.Language),
            FacilitatorNotesText = trainerEdition && module.Exercises[i].Notes is { } notesText ? MarkdownPoints.Lines(notesText, ui.Language) : null,
        })];
        var keyMessages = TypesetAll(source.KeyMessages);
        return new GuidePage
        {
            Id = source.Id,
            Kind = source.Kind,
            Number = source.Number,
            Slug = source.Slug,
            Title = Typeset(source.Title),
            ShortTitle = Typeset(source.DisplayShortTitle),
            TabColor = source.TabColor ?? GuideSettings.NeutralTab,
            Summary = source.Summary is null ? null : Typeset(source.Summary),
            Objectives = TypesetAll(source.Objectives),
            Voices = [.. source.Voices.Select((voice, i) => new VoiceView(Typeset(voice.Name), Typeset(voice.Role), voice.Country,
                MarkdownHtml.RenderInline(module.Quotes[i], ui), Asset(voice.Photo), voice.Name, Initials(voice.Name))
            {
                QuoteText = MarkdownPoints.Text(module.Quotes[i], ui.Language),
            })],
            Body = MarkdownHtml.Render(module.Body, ui),
            Headings = module.Body.Headings,
            Exercises = exercises,
            KeyMessages = keyMessages,
            Resources = [.. source.Resources.Select(resource => new ResourceView(
                Typeset(resource.Title),
                resource.Type,
                ui[UiStringKeys.ForResourceType(resource.Type)],
                resource.Url,
                Asset(resource.File),
                resource.File is null ? null : Path.GetFileName(resource.File.ResolvedPath),
                resource.File is null ? null : SizeLabel(folder, resource.File.ResolvedPath),
                Typeset(resource.Description)))],
            SearchSections = SearchSections(module, ui, exercises, keyMessages, trainerEdition),
            IndexMarks = IndexMarks.Of(module, exercises, ui["voices"], Typeset(source.Title), Typeset),
            ContentLanguage = source.Language,
            State = TranslationState.Source,
            SourcePath = source.RelativePath,
            TeachingMinutes = source.TeachingMinutes,
        };
    }

    /// <summary>The body's sections, then the Voices, exercises (with their facilitator notes in the trainer edition) and key messages, which search must find too.</summary>
    private static List<SectionText> SearchSections(ParsedModule module, UiStrings ui, IReadOnlyList<ExerciseView> exercises, IReadOnlyList<string> keyMessages, bool trainerEdition)
    {
        var source = module.Source;
        var sections = SectionTextExtractor.Extract(module.Body).ToList();
        if (source.Voices.Count > 0)
        {
            sections.Add(new SectionText("voices", ui["voices"],
                string.Join(' ', source.Voices.Select((v, i) => $"{v.Name}, {v.Role}, {v.Country}: {InlineText.Of(module.Quotes[i].Document)}"))));
        }

        sections.AddRange(exercises.Select((exercise, i) => new SectionText("exercise-" + exercise.Id, exercise.Title,
            $"{exercise.TypeLabel}. {InlineText.Of(module.Exercises[i].Instructions.Document)}"
            + (trainerEdition && module.Exercises[i].Notes is { } notes ? $" {ui["facilitator_notes"]}: {InlineText.Of(notes.Document)}" : ""))));
        if (keyMessages.Count > 0)
        {
            sections.Add(new SectionText("key-messages", ui["key_messages"], string.Join(' ', keyMessages)));
        }

        return sections;
    }

    private static AssetAddress? Asset(MediaReference? media) => media is null ? null : new AssetAddress(media.ResolvedPath);

    // Whole text elements, not chars: the first char of '𠮷田' or of 'É' written with a combining accent is half a letter.
    private static string Initials(string name) =>
        string.Concat(name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(2)
            .Select(part => StringInfo.GetNextTextElement(part).ToUpperInvariant()));

    private static string SizeLabel(ContentFolder folder, string path) => FileSizeLabel.For(folder.FullPath(path));
}
