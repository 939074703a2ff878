using GuideBuilder.Diagnostics;

namespace GuideBuilder.Translations.Xliff;

/// <summary>An inline code as a target uses it: where, inside which paired codes, and whether a paired one holds any text.</summary>
public sealed record CodeUse(string Id, bool Paired, SourceLocation At, IReadOnlyList<string> Enclosing, bool HasText);
