using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>
/// Turns the keyboard apostrophe inside a word (worker's, l'accord) into ’. Markdig's SmartyPants
/// pairs quotes but leaves these as typed, so this pass finishes its work on the parsed text;
/// code spans are not literals and keep their quotes.
/// </summary>
public sealed class ApostropheExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Typeset;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Typeset(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Content.IndexOf('\'') >= 0)
            {
                var text = SmartTypography.Apostrophes(literal.Content.ToString(), LastChar(literal.PreviousSibling), FirstChar(literal.NextSibling));
                literal.Content = new StringSlice(text);
            }
        }
    }

    private static char LastChar(Inline? inline) => inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content[literal.Content.End] : ' ';

    private static char FirstChar(Inline? inline) => inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content[literal.Content.Start] : ' ';
}
