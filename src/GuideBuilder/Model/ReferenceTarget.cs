using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;

namespace GuideBuilder.Model;

/// <summary>
/// Something a <c>[](ref:id)</c> can point at in one language edition: a module, a section, an
/// exercise, or a numbered figure, table or box (those carry the author's id and where it was written).
/// </summary>
public sealed record ReferenceTarget(string Id, string PageId, string? Anchor, NumberedKind Kind, string Number, string Title, string SourcePath, SourceLocation? Location)
{
    public bool IsNumberedItem => Kind is NumberedKind.Figure or NumberedKind.Table or NumberedKind.Box;
}
