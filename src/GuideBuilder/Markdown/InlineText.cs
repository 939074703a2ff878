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
        AppendTrimmed(builder, block, language is null ? null : SmartTypography.For(language).Mapping);
        return builder.ToString();
    }

    /// <summary>Appends <see cref="Of(Block, string?)"/> (neutral quotes) to <paramref name="builder"/>, without making it a string of its own first.</summary>
    public static void AppendTrimmed(StringBuilder builder, Block block) => AppendTrimmed(builder, block, null);

    private static void AppendTrimmed(StringBuilder builder, Block block, Dictionary<SmartyPantType, string>? quotes)
    {
        var start = builder.Length;
        var leaves = block is LeafBlock self ? [self] : block.Descendants<LeafBlock>();
        foreach (var leaf in leaves)
        {
            Append(builder, leaf.Inline, quotes);
            builder.Append(' ');
        }

        // Trimmed as string.Trim trims: every kind of white space, at both ends of what this block added.
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        var leading = 0;
        while (start + leading < end && char.IsWhiteSpace(builder[start + leading]))
        {
            leading++;
        }

        builder.Remove(start, leading);
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
