namespace GuideBuilder.Content;

/// <summary>The names the content contract fixes: keys, exercise and resource types.</summary>
public static class ContentVocabulary
{
    public static readonly string[] GuideKeys =
        ["title", "subtitle", "publisher", "edition", "licence", "languages", "default-language", "tabs", "pdf", "site", "trainer-edition", "outdated-notice", "theme"];

    public static readonly string[] PdfKeys = ["page-size", "edition"];

    public static readonly string[] PageSizes = ["A4", "A5", "Letter", "Legal", "B5"];

    public static readonly string[] PdfEditions = ["digital", "print"];

    public static readonly string[] SiteKeys = ["base-url"];

    public static readonly string[] ModuleKeys =
        ["id", "kind", "module", "title", "short-title", "tab", "summary", "objectives", "key-messages", "slug", "teaching-time", "voices", "exercises", "resources", "translation-of"];

    public static readonly string[] Kinds = ["module", "introduction"];

    public static readonly string[] VoiceKeys = ["name", "role", "country", "quote", "photo"];

    public static readonly string[] ExerciseKeys =
        ["id", "title", "type", "duration", "objectives", "materials", "instructions", "facilitator-notes", "handout"];

    public static readonly string[] ExerciseTypes = ["group-work", "role-play", "case-study", "discussion", "self-assessment"];

    public static readonly string[] ResourceKeys = ["title", "type", "url", "file", "description"];

    public static readonly string[] ResourceTypes = ["publication", "standard", "video", "slides", "website", "dataset"];

    public static readonly string[] BoxNames = ["good-practice", "protection-gap", "case-study", "key-point", "video"];
}
