namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// One translatable piece of a module: a front-matter field or a block of Markdown. <see cref="Field"/>
/// is the path of the field that holds it (<c>body</c>, <c>voices/1/quote</c>); <see cref="Start"/> and
/// <see cref="Length"/> say which part of that field's text the unit replaces on import.
/// </summary>
public sealed record XliffUnit(
    string Id,
    string Group,
    IReadOnlyList<string> Field,
    string? Section,
    string Block,
    bool IsMarkdown,
    IReadOnlyList<XliffPart> Content,
    IReadOnlyList<XliffCode> Codes,
    int Start,
    int Length)
{
    public string FieldName => string.Join('/', Field);

    public XliffCode? Code(string id) => Codes.FirstOrDefault(c => c.Id == id);

    /// <summary>The content as one comparable string: text and the Markdown of its codes.</summary>
    public string Key => XliffContentKey.Of(Content, Codes);
}
