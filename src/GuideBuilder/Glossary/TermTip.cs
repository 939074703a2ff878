namespace GuideBuilder.Glossary;

/// <summary>What the toggletip on a term's first use shows: the glossary's term and its definition as plain text.</summary>
public sealed record TermTip(string Term, string Text);
