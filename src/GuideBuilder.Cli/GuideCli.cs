using System.CommandLine;
using GuideBuilder.Cli.Commands;
using GuideBuilder.Cli.Output;

namespace GuideBuilder.Cli;

/// <summary>The <c>guide</c> command line: its commands, and exit code 2 for usage mistakes.</summary>
public static class GuideCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        var console = new CliConsole(output ?? Console.Out, errors ?? Console.Error);
        var root = new RootCommand("GuideBuilder: publish a multilingual training guide as a website, an offline E-box and a tabbed PDF textbook.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            TranslationsCommand.Create(console),
            NewCommand.Create(console),
            ServeCommand.Create(console),
            ThemeCommand.Create(console),
            AgendaCommand.Create(console),
        };
        // 'guide' alone shows what it can do rather than an error about a missing command.
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error($"guide: {error.Message}");
            }

            foreach (var hint in UsageHints.For(parsed))
            {
                console.Error(hint);
            }

            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.ErrorWriter, EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The machine's doing, not a bug: a folder that cannot be written, a full disk, a file in use.
            console.Error($"guide: {error.Message}");
            return ContentErrors;
        }
    }
}
