namespace GuideBuilder.Glossary;

/// <summary>
/// The concepts term marks may name (the source language's glossary) and, for one language's
/// modules, what each term's toggletip shows (that language's entry, or the source's when it has none).
/// </summary>
public sealed class TermVocabulary(string sourceGlossaryPath, IReadOnlyList<string> conceptIds, IReadOnlyDictionary<string, TermTip> tips)
{
    public static readonly TermVocabulary None = new("", [], new Dictionary<string, TermTip>());

    /// <summary>The source language's glossary.yml (for the hint when there is none).</summary>
    public string SourceGlossaryPath => sourceGlossaryPath;

    public bool HasGlossary => conceptIds.Count > 0;

    public IReadOnlyList<string> ConceptIds => conceptIds;

    public bool Knows(string id) => tips.ContainsKey(id);

    public TermTip? Tip(string id) => tips.GetValueOrDefault(id);
}
