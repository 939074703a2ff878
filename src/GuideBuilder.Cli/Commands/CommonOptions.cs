using System.CommandLine;

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

    public static Option<string[]> Languages() => new("--lang", "-l")
    {
        Description = "Only these languages, comma-separated (e.g. en,fr). Default: all of guide.yml.",
        HelpName = "LANGS",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    public static Option<string?> Theme() => new("--theme") { Description = "A theme folder to use instead of themes/default.", HelpName = "DIR" };
}
