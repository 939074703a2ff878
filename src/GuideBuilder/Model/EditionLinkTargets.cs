using GuideBuilder.Markdown;

namespace GuideBuilder.Model;

/// <summary>The modules a language edition shows, by file name: its own files, then the source language's.</summary>
internal sealed class EditionLinkTargets(IReadOnlyDictionary<string, LinkTarget> byFileName, IReadOnlySet<string> unreadable) : ILinkTargets
{
    public IEnumerable<string> FileNames => byFileName.Keys.Order(StringComparer.Ordinal);

    public LinkTarget? FindModule(string fileName) => byFileName.GetValueOrDefault(fileName);

    public bool IsUnreadable(string fileName) => unreadable.Contains(fileName);
}
