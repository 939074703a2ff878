namespace GuideBuilder.Glossary;

/// <summary>A checked term mark (<c>[text](term:id)</c>), attached to its Markdig link for the renderer.</summary>
public sealed record TermMark(string ConceptId, TermUse Use, TermTip? Tip)
{
    /// <summary>The id of the toggletip of a concept's first use: one per page, as only the first use has one.</summary>
    public string TipId => "term-tip-" + ConceptId;
}
