using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>A string from a content file with where it starts, so errors inside it can point at it.</summary>
public sealed record LocatedText(string Text, SourceLocation Location)
{
    public override string ToString() => Text;
}
