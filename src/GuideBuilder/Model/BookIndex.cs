namespace GuideBuilder.Model;

/// <summary>The index of one language edition: its entries under their initial letters, in the language's alphabetical order.</summary>
public sealed record BookIndex(IReadOnlyList<IndexLetter> Letters)
{
    /// <summary>The page id that addresses the index page (never a module's id, which has no '+').</summary>
    public const string PageId = "+index";

    public static readonly BookIndex Empty = new([]);

    public bool IsEmpty => Letters.Count == 0;
}
