using System.CommandLine;
using GuideBuilder.Build;
using GuideBuilder.Cli.Output;
using GuideBuilder.Diagnostics;
using GuideBuilder.Planner;
using GuideBuilder.Targets.Pdf;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide agenda</c>: the workshop planner of chosen modules as one printable file.</summary>
internal static class AgendaCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var modules = CommonOptions.CommaSeparated("--modules", "-m", "The modules to plan, by number, comma-separated (e.g. 1,3,5). Default: all.", "NUMBERS");
        var days = CommonOptions.CommaSeparated("--days", "-d", $"The programmes to propose, in days (1 to {Agenda.MaxDays}), comma-separated. Default: 1,2,3.", "DAYS");
        var language = new Option<string?>("--lang", "-l") { Description = "The language of the agenda. Default: the guide's default language.", HelpName = "LANG" };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write: .html (default agenda-LANG.html), or .pdf to print it with Chromium.", HelpName = "FILE" };
        var browser = new Option<string?>("--browser") { Description = "The Chromium, Chrome or Edge executable that prints a PDF.", HelpName = "PATH" };
        var theme = CommonOptions.Theme();
        var command = new Command("agenda", """
            Write a workshop agenda for trainers: every exercise of the chosen modules with its type,
            duration, materials and handout, the time each module and the whole selection take, and
            programmes proposed for one or more days (breaks and a lunch break included; times run from
            the start of each day). The file stands alone, styles inside, ready to print or to send.
            Durations come from each exercise's 'duration' and each module's 'teaching-time'.

            Examples:
              guide agenda
              guide agenda --modules 1,3,5 --days 2 --lang fr --out agenda-fr.html
              guide agenda --days 3 --out agenda.pdf
            """)
        {
            content, modules, days, language, output, browser, theme,
        };
        command.SetAction(parse => Execute(console, parse.GetValue(content)!, parse.GetValue(modules), parse.GetValue(days), parse.GetValue(language),
            parse.GetValue(output), parse.GetValue(browser), parse.GetValue(theme)));
        return command;
    }

    private static int Execute(CliConsole console, string content, string[]? modules, string[]? days, string? language, string? output, string? browser, string? theme)
    {
        var diagnostics = new DiagnosticBag();
        var moduleNumbers = Numbers("--modules", modules, diagnostics);
        var dayCounts = Numbers("--days", days, diagnostics) ?? WorkshopPlanBuilder.StandardDays;
        if (diagnostics.HasErrors)
        {
            return Fail(console, diagnostics);
        }

        var options = new BuildOptions { ContentDirectory = content, Languages = language is null ? null : [language], TrainerEdition = true, ThemeDirectory = theme };
        var prepared = GuidePreparation.Prepare(options, diagnostics, SilentProgress.Instance);
        if (prepared is null)
        {
            return Fail(console, diagnostics);
        }

        var lang = prepared.Document.Editions[0].Language;
        var file = output ?? $"agenda-{lang}.html";
        var html = Agenda.Render(prepared, lang, moduleNumbers, dayCounts, diagnostics);
        var bytes = html is null ? null
            : file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? StandalonePdf.Print(html, browser, diagnostics)
            : System.Text.Encoding.UTF8.GetBytes(html);
        if (bytes is null)
        {
            return Fail(console, diagnostics);
        }

        // Written beside the file and moved over it, so a failure leaves any earlier agenda as it was.
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        console.PrintDiagnostics(diagnostics.Items);
        console.Line($"Agenda written to {file}.");
        return GuideCli.Success;
    }

    private static List<int>? Numbers(string option, string[]? values, DiagnosticBag diagnostics)
    {
        if (values is not { Length: > 0 })
        {
            return null;
        }

        var numbers = new List<int>();
        foreach (var value in values)
        {
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else
            {
                diagnostics.Error(SourceLocation.Option(option), DiagnosticCodes.AgendaSelection, $"'{value}' is not a number", $"write numbers separated by commas, e.g. {option} 1,3");
            }
        }

        return numbers;
    }

    private static int Fail(CliConsole console, DiagnosticBag diagnostics)
    {
        console.PrintDiagnostics(diagnostics.Items);
        console.Error($"No agenda written: {console.CountSummary(diagnostics.Items)}.");
        return diagnostics.Items.Any(d => d.Code is DiagnosticCodes.AgendaSelection or DiagnosticCodes.Usage) ? GuideCli.UsageError : GuideCli.ContentErrors;
    }
}
