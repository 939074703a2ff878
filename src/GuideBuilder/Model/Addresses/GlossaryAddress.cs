namespace GuideBuilder.Model.Addresses;

/// <summary>
/// The glossary of the edition being rendered, or one of its entries when <paramref name="ConceptId"/> is set;
/// another edition's when <paramref name="Language"/> names it (the language switcher).
/// </summary>
public sealed record GlossaryAddress(string? ConceptId = null, string? Language = null) : Address
{
    /// <summary>The id of an entry on the glossary page (and of its section in the book and the EPUB, prefixed there).</summary>
    public static string EntryAnchor(string conceptId) => "term-" + conceptId;

    public override string ResolveWith(IAddressResolver resolver) => resolver.Glossary(this);
}
