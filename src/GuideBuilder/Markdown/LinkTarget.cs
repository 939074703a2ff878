namespace GuideBuilder.Markdown;

/// <summary>A module a link can point at, with the anchors its page has.</summary>
public sealed record LinkTarget(string ModuleId, IReadOnlySet<string> Anchors);
