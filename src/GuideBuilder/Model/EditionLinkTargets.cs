using GuideBuilder.Markdown;

namespace GuideBuilder.Model;

/// <summary>The modules a language edition shows, by file name: its own files, then the source language's.</summary>
internal sealed class EditionLinkTargets(IReadOnlyDictionary<string, LinkTarget> byFileName) : ILinkTargets
{
    public IEnumerable<string> FileNames => byFileName.Keys.Order(StringComparer.Ordinal);

    public LinkTarget? FindModule(string fileName) => byFileName.GetValueOrDefault(fileName);
}
