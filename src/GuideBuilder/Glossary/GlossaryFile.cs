namespace GuideBuilder.Glossary;

/// <summary>The glossary of one language: <c>&lt;lang&gt;/glossary.yml</c>, its entries in the order written.</summary>
public sealed record GlossaryFile(string Language, string RelativePath, string Text, IReadOnlyList<GlossaryEntry> Entries)
{
    public const string FileName = "glossary.yml";

    public static string PathFor(string language) => $"{language}/{FileName}";

    public GlossaryEntry? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
