using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace GuideBuilder.Markdown;

/// <summary>Index marks (<c>{^ Term}</c>): parsed as inlines, written as empty anchors the index links to.</summary>
public sealed class IndexMarkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<IndexMarkParser>())
        {
            pipeline.InlineParsers.Insert(0, new IndexMarkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<IndexMarkRenderer>())
        {
            html.ObjectRenderers.Add(new IndexMarkRenderer());
        }
    }
}
