namespace GuideBuilder.Translations;

/// <summary>One difference between the source a translation was made from and the source now.</summary>
public sealed record SourceChange(string Part, string Name, string Change)
{
    public override string ToString() => $"{Part} '{Name}' {Change}";
}
