using System.CommandLine;
using System.CommandLine.Parsing;
using GuideBuilder.Content;

namespace GuideBuilder.Cli.Output;

/// <summary>
/// What to say after a usage mistake: the closest option or command to a misspelt one
/// (System.CommandLine only says it does not know it), and the help of the command in use.
/// </summary>
public static class UsageHints
{
    public static IEnumerable<string> For(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (DidYouMean.Suggest(token, KnownNames(command, token)) is { } suggestion)
            {
                yield return $"guide: '{token}': did you mean '{suggestion}'?";
            }
        }

        yield return $"Run '{CommandPath(parsed.CommandResult)} --help' for usage and examples.";
    }

    private static IEnumerable<string> KnownNames(Command command, string token) => token.StartsWith('-')
        ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal))
        : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult commandResult; current = current.Parent)
        {
            names.Insert(0, commandResult.Parent is null ? "guide" : commandResult.Command.Name);
        }

        return string.Join(' ', names);
    }
}
