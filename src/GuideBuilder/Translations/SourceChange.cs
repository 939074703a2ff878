namespace GuideBuilder.Translations;

/// <summary>One difference between the source a translation was made from and the source now: "key message 2 changed".</summary>
public sealed record SourceChange(string Item, string Change)
{
    public override string ToString() => $"{Item} {Change}";
}
