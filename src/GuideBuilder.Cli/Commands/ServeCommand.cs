using System.CommandLine;
using System.Globalization;
using GuideBuilder.Build;
using GuideBuilder.Cli.Output;
using GuideBuilder.Cli.Serve;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide serve</c>: preview with live reload while editing.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError($"{result.GetValueOrDefault<int>()} is not a port; use 1 to 65535, or 0 for a free one.");
            }
        });
        var languages = CommonOptions.Languages();
        var trainer = new Option<bool>("--trainer") { Description = "Preview the trainer edition." };
        var theme = CommonOptions.Theme();
        var command = new Command("serve", """
            Preview the website while you write: builds it in memory, serves it on http://127.0.0.1:PORT/,
            and reloads open pages when you save a content, theme or interface-strings file. Errors show
            in the terminal and as an overlay on the page. /__guide/print/LANG shows the textbook's print HTML.

            Examples:
              guide serve
              guide serve --lang fr --port 9000
            """)
        {
            content, port, languages, trainer, theme,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BuildOptions
            {
                ContentDirectory = parse.GetValue(content)!,
                Languages = parse.GetValue(languages) is { Length: > 0 } langs ? langs : null,
                TrainerEdition = parse.GetValue(trainer) ? true : null,
                ThemeDirectory = parse.GetValue(theme),
                Formats = ["site"],
            };
            if (!Directory.Exists(options.ContentDirectory))
            {
                // Most likely a mistyped --content: say so rather than wait for a folder that may never come.
                console.Error($"guide: the content folder {Path.GetFullPath(options.ContentDirectory)} does not exist; pass --content DIR, or create a guide with 'guide new guide DIR'");
                return GuideCli.ContentErrors;
            }

            await using var server = new PreviewServer(options, build => Report(console, build));
            Uri address;
            try
            {
                address = await server.StartAsync(parse.GetValue(port), cancellation);
            }
            catch (IOException error)
            {
                console.Error($"guide: cannot listen on port {parse.GetValue(port)}: {error.Message.TrimEnd('.')}. Try --port 0 for a free port.");
                return GuideCli.UsageError;
            }

            console.Line($"Serving {Path.GetFullPath(options.ContentDirectory)} at {address} (print preview: {address}__guide/print/{server.Current.Prepared?.Document.Lead.Language ?? "en"}). Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                console.Line("Stopped.");
            }

            return GuideCli.Success;
        });
        return command;
    }

    private static void Report(CliConsole console, PreviewBuild build)
    {
        console.PrintDiagnostics(build.Diagnostics);
        var time = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        console.Line(build.Failed
            ? $"[{DateTime.Now:HH:mm:ss}] build failed ({console.CountSummary(build.Diagnostics)}); " + (build.HasPages ? "serving the last good build" : "the pages appear once it builds")
            : $"[{DateTime.Now:HH:mm:ss}] built in {time} ms, {Counts.Of(build.Changed.Count, "file")} changed"
                + $" ({Counts.Of(build.Work.PagesRendered, "page")} rendered from Markdown, {Counts.Of(build.Work.FilesRendered, "file")} through the theme)");
    }
}
