namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// An inline code of a unit: the Markdown it stands for, taken from the source as written. A
/// placeholder has only <see cref="Start"/>; a paired code puts <see cref="Start"/> and
/// <see cref="End"/> around its text (<c>[</c> and <c>](02-x.md)</c> for a link).
/// </summary>
public sealed record XliffCode(string Id, bool Paired, string Start, string End, string? Type, string? SubType, bool IsLink)
{
    /// <summary>What makes two codes the same Markdown, whatever their ids.</summary>
    public string Shape => $"{(Paired ? "pc" : "ph")}\u0001{Start}\u0001{End}";
}
