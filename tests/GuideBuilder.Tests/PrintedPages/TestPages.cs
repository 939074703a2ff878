using GuideBuilder.Content;
using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Tests.PrintedPages;

/// <summary>A module page of the document model made from HTML, as the Markdown renderer would give it.</summary>
public static class TestPages
{
    public static GuidePage Module(string body, string? instructions = null, string id = "alpha") => new()
    {
        Id = id,
        Kind = ModuleKind.Module,
        Number = 1,
        Slug = "01-alpha",
        Title = "Alpha",
        ShortTitle = "Alpha",
        TabColor = "#b0252d",
        Summary = null,
        Objectives = ["Know", "Do"],
        Voices = [],
        Body = HtmlFragment.Trusted(body),
        Headings = [],
        Exercises = instructions is null ? [] :
            [new ExerciseView("ex", 1, "Ex", "discussion", "Discussion", "", [], [], HtmlFragment.Trusted(instructions), null, null, null)],
        KeyMessages = ["One"],
        Resources = [],
        SearchSections = [],
        ContentLanguage = "en",
        State = TranslationState.UpToDate,
        SourcePath = "en/01-alpha.md",
    };
}
