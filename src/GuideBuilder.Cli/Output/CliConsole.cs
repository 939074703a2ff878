using System.Globalization;
using GuideBuilder.Build;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using Spectre.Console;

namespace GuideBuilder.Cli.Output;

/// <summary>
/// Everything the CLI prints. On a terminal it uses colour and tables (Spectre.Console); when
/// output is redirected (CI logs, pipes) it prints plain lines that tools can parse.
/// </summary>
public sealed class CliConsole
{
    private readonly IAnsiConsole? _rich;

    public CliConsole(TextWriter output, TextWriter error)
    {
        Out = output;
        ErrorWriter = error;
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        _rich = interactive ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }) : null;
    }

    public TextWriter Out { get; }

    public TextWriter ErrorWriter { get; }

    public void Line(string text) => Out.WriteLine(text);

    public void Error(string text) => ErrorWriter.WriteLine(text);

    internal IBuildProgress CreateProgress(Verbosity verbosity) => new StageProgress(this, verbosity);

    /// <param name="cpuSeconds">The processor time the whole process spent meanwhile, all threads (with -v: where the time goes).</param>
    public void Step(string name, string detail, double seconds, double? cpuSeconds = null)
    {
        var time = seconds.ToString("0.00", CultureInfo.InvariantCulture)
            + (cpuSeconds is { } cpu ? " s, CPU " + cpu.ToString("0.00", CultureInfo.InvariantCulture) : "");
        if (_rich is not null)
        {
            _rich.MarkupLine($"  [green]✓[/] {Markup.Escape(name)} [grey]({Markup.Escape(detail)}, {time} s)[/]");
        }
        else
        {
            Out.WriteLine($"  - {name} ({detail}, {time} s)");
        }
    }

    /// <summary>A table whose first row is the header.</summary>
    public void Table(IReadOnlyList<string[]> rows)
    {
        if (_rich is not null)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns(rows[0].Select(Markup.Escape).ToArray());
            foreach (var row in rows.Skip(1))
            {
                table.AddRow(row.Select(cell => Colour(cell)).ToArray());
            }

            _rich.Write(table);
            return;
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            Out.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static string Colour(string cell) => cell switch
    {
        "up to date" => "[green]up to date[/]",
        "outdated" => "[yellow]outdated[/]",
        _ when cell.StartsWith("in progress", StringComparison.Ordinal) => $"[yellow]{Markup.Escape(cell)}[/]",
        "orphan" => "[red]orphan[/]",
        _ when cell.StartsWith("missing", StringComparison.Ordinal) => $"[red]{Markup.Escape(cell)}[/]",
        _ => Markup.Escape(cell),
    };

    /// <summary>
    /// A link that leads out of the content, reported at the link itself: its first line is a line of
    /// the file outside (a key, a password file), which must not reach the terminal or a CI log.
    /// </summary>
    private static bool NamesAFileOutside(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticCodes.LinkLeavesContent
        && PathInsideRoot.RealPath(diagnostic.Location.Path) != Path.GetFullPath(diagnostic.Location.Path);

    /// <summary>Each diagnostic, the line it points at with a caret under the column, then its hint.</summary>
    public void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var excerpts = new SourceExcerpt();
        foreach (var diagnostic in diagnostics)
        {
            ErrorWriter.WriteLine($"{diagnostic.Location}: {diagnostic.SeverityText} {diagnostic.Code}: {diagnostic.Message}");
            if (!NamesAFileOutside(diagnostic) && excerpts.For(diagnostic.Location) is { } excerpt)
            {
                ErrorWriter.WriteLine(excerpt);
            }

            if (diagnostic.Hint is not null)
            {
                ErrorWriter.WriteLine($"    hint: {diagnostic.Hint}");
            }
        }
    }

    public string CountSummary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Counts.Of(errors, "error")}, {Counts.Of(warnings, "warning")}";
    }

    public void PrintBuildSummary(BuildResult result)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var headline = $"Built {Counts.Of(result.Pages, "page")} in {Counts.Of(result.Languages.Count, "language")} ({string.Join(", ", result.Languages)}) in {seconds} s"
            + (result.Diagnostics.Count > 0 ? $", {CountSummary(result.Diagnostics)}." : ".");
        if (_rich is not null)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Output", "Where", "Files", "Size");
            foreach (var output in result.Outputs)
            {
                table.AddRow(output.Format, Markup.Escape(Relative(output.Path)), output.Files.ToString(CultureInfo.InvariantCulture), Size(output.Bytes));
            }

            _rich.Write(table);
            _rich.MarkupLine($"[bold green]{Markup.Escape(headline)}[/]");
            PrintTranslations(result);
            return;
        }

        foreach (var output in result.Outputs)
        {
            Out.WriteLine($"  {output.Format,-9} {Relative(output.Path)}/  ({Counts.Of(output.Files, "file")}, {Size(output.Bytes)})");
        }

        Out.WriteLine(headline);
        PrintTranslations(result);
    }

    private void PrintTranslations(BuildResult result)
    {
        foreach (var (language, states) in result.Translations)
        {
            var parts = new[] { GuideBuilder.Model.TranslationState.UpToDate, GuideBuilder.Model.TranslationState.Outdated, GuideBuilder.Model.TranslationState.InProgress, GuideBuilder.Model.TranslationState.Missing }
                .Select(state => $"{states.GetValueOrDefault(state)} {Commands.TranslationsCommand.StateName(state)}");
            Out.WriteLine($"Translation {language}: {string.Join(", ", parts)}{(states.GetValueOrDefault(GuideBuilder.Model.TranslationState.UpToDate) == states.Values.Sum() ? "" : " (details: guide translations)")}");
        }
    }

    private static string Relative(string path) => GuideBuilder.Content.ContentFolder.Display(path);

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
