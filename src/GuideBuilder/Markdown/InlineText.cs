using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>The plain text of Markdown inlines and blocks, for headings, alt text and search.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        var leaves = block is LeafBlock self ? [self] : block.Descendants<LeafBlock>();
        foreach (var leaf in leaves)
        {
            Append(builder, leaf.Inline);
            builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case SmartyPant smart:
                    builder.Append(SmartTypography.Plain(smart.Type));
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(builder, nested);
                    break;
            }
        }
    }
}
