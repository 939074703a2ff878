using System.Globalization;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Markdown;
using GuideBuilder.Translations;

namespace GuideBuilder.Model;

/// <summary>
/// Which entry every language shows for each concept of the source glossary (its own, or the
/// source's while it is missing or in progress), what the toggletips of its modules say, and the
/// rendered glossary of each edition. Each definition is parsed and rendered once.
/// </summary>
internal sealed class GlossaryPlan
{
    private readonly LoadedGuide _guide;
    private readonly GlossaryFile? _source;
    private readonly Dictionary<GlossaryEntry, ParsedMarkdown> _parsed = new(ReferenceEqualityComparer.Instance);

    private GlossaryPlan(LoadedGuide guide, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        _guide = guide;
        _source = guide.SourceGlossary;
        foreach (var entry in languages.SelectMany(OwnEntries).Distinct())
        {
            _parsed[entry] = MarkdownParser.Parse(entry.Definition, diagnostics);
        }
    }

    public static GlossaryPlan Create(LoadedGuide guide, IEnumerable<string> languages, DiagnosticBag diagnostics) => new(guide, languages, diagnostics);

    private string DefaultLanguage => _guide.Settings.DefaultLanguage;

    /// <summary>The entries written in <paramref name="language"/> that some edition may show: those of concepts the source glossary has.</summary>
    private IEnumerable<GlossaryEntry> OwnEntries(string language) =>
        _source is null ? []
        : language == DefaultLanguage ? _source.Entries
        : _guide.Glossaries.GetValueOrDefault(language)?.Entries.Where(e => _source.Find(e.Id) is not null) ?? [];

    /// <summary>The entry an edition shows for a concept, and the state of its translation.</summary>
    public (GlossaryEntry Entry, TranslationState State) Shown(string language, GlossaryEntry source)
    {
        if (language == DefaultLanguage)
        {
            return (source, TranslationState.Source);
        }

        var translation = _guide.Glossaries.GetValueOrDefault(language)?.Find(source.Id);
        var state = TranslationStates.Of(source, translation);
        return (state.ShowsSource() || translation is null ? source : translation, state);
    }

    public TermVocabulary Vocabulary(string language)
    {
        var path = _guide.Folder.DisplayPath(GlossaryFile.PathFor(DefaultLanguage));
        if (_source is null)
        {
            return new TermVocabulary(path, [], new Dictionary<string, TermTip>());
        }

        var tips = _source.Entries.ToDictionary(e => e.Id, e =>
        {
            var shown = Shown(language, e).Entry;
            return new TermTip(SmartTypography.PlainText(shown.Term, shown.Language), MarkdownPoints.Text(_parsed[shown], shown.Language));
        });
        return new TermVocabulary(path, [.. _source.Entries.Select(e => e.Id)], tips);
    }

    /// <summary>Checks the links of the definitions written in <paramref name="language"/> and renders them.</summary>
    public Dictionary<string, GlossaryItem> Render(string language, LinkRewriter rewriter, UiStrings ui)
    {
        var items = new Dictionary<string, GlossaryItem>(StringComparer.Ordinal);
        foreach (var entry in OwnEntries(language))
        {
            var parsed = _parsed[entry];
            rewriter.Rewrite(parsed, parsed.Anchors, null);
            items[entry.Id] = new GlossaryItem
            {
                Id = entry.Id,
                Anchor = Addresses.GlossaryAddress.EntryAnchor(entry.Id),
                Term = SmartTypography.PlainText(entry.Term, language),
                Plurals = [.. entry.Plurals.Select(p => SmartTypography.PlainText(p, language))],
                Definition = MarkdownHtml.Render(parsed, ui),
                DefinitionText = MarkdownPoints.Text(parsed, language),
                ContentLanguage = language,
                State = TranslationState.Source,
            };
        }

        return items;
    }

    /// <summary>An edition's glossary: each concept's shown entry, sorted by term as the edition's language sorts.</summary>
    public IReadOnlyList<GlossaryItem> Edition(string language, Func<string, string, GlossaryItem> rendered)
    {
        if (_source is null)
        {
            return [];
        }

        var compare = CultureInfo.GetCultureInfo(language).CompareInfo;
        return [.. _source.Entries
            .Select(source => Shown(language, source) is var (entry, state) ? rendered(entry.Language, entry.Id) with { State = state } : null!)
            .OrderBy(item => item.Term, Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase)))
            .ThenBy(item => item.Id, StringComparer.Ordinal)];
    }
}
