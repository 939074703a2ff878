namespace GuideBuilder.Markdown;

/// <summary>What a reference can point at; the first three are numbered per module.</summary>
public enum NumberedKind
{
    Figure,
    Table,
    Box,
    Exercise,
    Section,
    Module,
}
