using System.CommandLine;
using GuideBuilder.Build;
using GuideBuilder.Cli.Output;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide check</c>: everything build validates, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var languages = CommonOptions.Languages();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too, for CI." };
        var format = new Option<string>("--format") { Description = "text (default), json, or github (workflow annotations).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("check", """
            Check the guide's content (front matter, links, anchors, media, interface strings) without
            building. Exit code 0: no errors; 1: errors found.

            Examples:
              guide check
              guide check --content my-guide --warnings-as-errors
            guide check --format github     annotations for GitHub Actions
            """)
        {
            content, languages, warningsAsErrors, format,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                ContentDirectory = parse.GetValue(content)!,
                Languages = parse.GetValue(languages) is { Length: > 0 } langs ? langs : null,
            };
            var diagnostics = new DiagnosticBag();
            GuidePreparation.Prepare(options, diagnostics, SilentProgress.Instance, advise: true);

            var items = diagnostics.Items;
            var failed = items.Any(d => d.IsError) || (parse.GetValue(warningsAsErrors) && items.Count > 0);
            switch (parse.GetValue(format))
            {
                case "json":
                    console.Line(DiagnosticFormats.Json(items));
                    break;
                case "github":
                    foreach (var item in items)
                    {
                        console.Line(DiagnosticFormats.GitHub(item));
                    }

                    break;
                default:
                    console.PrintDiagnostics(items);
                    console.Line(failed ? $"Check failed: {console.CountSummary(items)}." : $"Check passed: {console.CountSummary(items)}.");
                    break;
            }

            return items.Any(d => d.Code == DiagnosticCodes.Usage) ? GuideCli.UsageError : failed ? GuideCli.ContentErrors : GuideCli.Success;
        });
        return command;
    }
}
