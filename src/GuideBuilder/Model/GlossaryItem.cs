using GuideBuilder.Markdown;

namespace GuideBuilder.Model;

/// <summary>One entry of an edition's glossary, rendered once for every output.</summary>
public sealed record GlossaryItem
{
    /// <summary>The concept id, the same in every language.</summary>
    public required string Id { get; init; }

    /// <summary>The entry's id on the glossary page (<c>term-&lt;id&gt;</c>).</summary>
    public required string Anchor { get; init; }

    public required string Term { get; init; }

    public required IReadOnlyList<string> Plurals { get; init; }

    public required HtmlFragment Definition { get; init; }

    /// <summary>The definition as plain text, for search and the TBX export.</summary>
    public required string DefinitionText { get; init; }

    /// <summary>The language the entry is written in: the edition's, or the source language's when it is not translated.</summary>
    public required string ContentLanguage { get; init; }

    public required TranslationState State { get; init; }

    /// <summary>The entry is shown in the source language, as its translation is missing or in progress.</summary>
    public bool ShowsSource => State.ShowsSource();
}
