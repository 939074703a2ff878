using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace GuideBuilder.Markdown;

/// <summary>
/// Reads <c>{^ ...}</c>. The caret after the brace keeps it apart from Markdig's attributes
/// (<c>{#id .class}</c>, whose parser refuses a caret) and from links, which open with a bracket.
/// </summary>
public sealed class IndexMarkParser : InlineParser
{
    public static readonly string[] Keys = ["see", "see also", "sort"];

    public IndexMarkParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.PeekChar() != '^')
        {
            return false;
        }

        var close = slice.Text.IndexOf('}', start + 2, slice.End - start - 1);
        if (close < 0)
        {
            return false;
        }

        var mark = Read(slice.Text[(start + 2)..close]);
        var position = processor.GetSourcePosition(start, out var line, out var column);
        mark.Span = new SourceSpan(position, position + (close - start));
        mark.Line = line;
        mark.Column = column;
        processor.Inline = mark;
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The mark written between "{^" and "}".</summary>
    public static IndexMarkInline Read(string content)
    {
        var parts = content.Split('|');
        var path = parts[0].Split('>').Select(Clean).ToList();
        string? see = null, seeAlso = null, sort = null, problem = null;
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? Clean(part) : Clean(part[..colon]).ToLowerInvariant();
            var value = colon < 0 ? "" : Clean(part[(colon + 1)..]);
            switch (key)
            {
                case "see" when value.Length > 0:
                    see = value;
                    break;
                case "see also" when value.Length > 0:
                    seeAlso = value;
                    break;
                case "sort" when value.Length > 0:
                    sort = value;
                    break;
                default:
                    problem ??= Array.IndexOf(Keys, key) >= 0
                        ? $"'{key}:' in the index mark has no text"
                        : $"'{key}' is not a part of an index mark";
                    break;
            }
        }

        if (path[0].Length == 0)
        {
            problem = "the index mark has no term";
        }
        else if (path.Count > 2)
        {
            problem = "an index mark has at most one sub-entry (Term > Sub-entry)";
        }
        else if (path.Count == 2 && path[1].Length == 0)
        {
            problem = "the sub-entry after '>' is empty";
        }

        return new IndexMarkInline
        {
            Term = path[0],
            SubEntry = path.Count > 1 && path[1].Length > 0 ? path[1] : null,
            See = see,
            SeeAlso = seeAlso,
            SortKey = sort,
            Problem = problem,
        };
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
