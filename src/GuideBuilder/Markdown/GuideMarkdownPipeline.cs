using Markdig;

namespace GuideBuilder.Markdown;

/// <summary>The one Markdig pipeline every piece of Markdown in a guide goes through.</summary>
public static class GuideMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseFigures()
        .UseCustomContainers()
        .UseSmartyPants()
        .Use<ApostropheExtension>()
        .Use<IndexMarkExtension>()
        .UseGenericAttributes() // must come last: it attaches {#id .class} to what the others parsed
        .Build();
}
