using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Glossary;

/// <summary>
/// One concept of a language's glossary.yml: its id (the same in every language), the term and its
/// plural forms in this language, and its definition in Markdown.
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Language,
    string Term,
    IReadOnlyList<string> Plurals,
    LocatedText Definition,
    string? TranslationOf,
    SourceLocation Location);
