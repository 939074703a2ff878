using System.CommandLine;
using GuideBuilder.Content;

namespace GuideBuilder.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content", "-c")
    {
        Description = "The guide's content folder (guide.yml, en/, fr/...).",
        DefaultValueFactory = _ => "guide-content",
        HelpName = "DIR",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors and warnings." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print every step and its timing." };

    public static Option<string[]> Languages() =>
        CommaSeparated("--lang", "-l", "Only these languages, comma-separated (e.g. en,fr). Default: all of guide.yml.", "LANGS");

    /// <summary>A list option that takes "a,b" as well as "a b".</summary>
    public static Option<string[]> CommaSeparated(string name, string? alias, string description, string helpName)
    {
        string[] aliases = alias is null ? [] : [alias];
        return new Option<string[]>(name, aliases)
        {
            Description = description,
            HelpName = helpName,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
    }

    /// <summary>
    /// Any value outside <paramref name="values"/> is a usage error with a suggestion. Without it a
    /// misspelt value, or an unknown option taken as one ("--fail-on outdated --jsn"), would pass silently.
    /// </summary>
    public static Option<string[]> AcceptOnly(this Option<string[]> option, string noun, IReadOnlyList<string> values)
    {
        option.Validators.Add(result =>
        {
            foreach (var value in (result.GetValueOrDefault<string[]>() ?? []).Where(v => !values.Contains(v)))
            {
                result.AddError($"'{value}' is not {noun}; {DidYouMean.Hint(value, values)}");
            }
        });
        return option;
    }

    public static Option<string?> Theme() => new("--theme") { Description = "A theme folder to use instead of themes/default.", HelpName = "DIR" };
}
