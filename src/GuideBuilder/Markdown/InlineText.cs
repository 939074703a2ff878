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

    /// <summary>The text of a block; with a language, its quotes as that language writes them (slides), else neutral ones.</summary>
    public static string Of(Block block, string? language = null)
    {
        var builder = new StringBuilder();
        var leaves = block is LeafBlock self ? [self] : block.Descendants<LeafBlock>();
        var quotes = language is null ? null : SmartTypography.For(language).Mapping;
        foreach (var leaf in leaves)
        {
            Append(builder, leaf.Inline, quotes);
            builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, ContainerInline? container, Dictionary<SmartyPantType, string>? quotes = null)
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
                    builder.Append(quotes is null ? SmartTypography.Plain(smart.Type) : quotes[smart.Type]);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(builder, nested, quotes);
                    break;
            }
        }
    }
}
