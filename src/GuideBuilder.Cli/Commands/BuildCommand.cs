using System.CommandLine;
using GuideBuilder.Build;
using GuideBuilder.Targets;
using GuideBuilder.Cli.Output;

namespace GuideBuilder.Cli.Commands;

/// <summary><c>guide build</c>: content in; website, E-box and PDF out.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var output = new Option<string>("--out", "-o") { Description = "Where to write the outputs.", DefaultValueFactory = _ => "out", HelpName = "DIR" };
        var registered = OutputFormats.Described;
        var formats = CommonOptions.CommaSeparated("--formats", "-f",
                $"Which outputs to build, comma-separated: {string.Join(", ", registered.Names)}. Default: {string.Join(", ", BuildOptions.DefaultFormats)}.", "FORMATS")
            .AcceptOnly("a format", registered.Names);
        var languages = CommonOptions.Languages();
        var trainer = new Option<bool>("--trainer") { Description = "Build the trainer edition: facilitator notes included." };
        var browser = new Option<string?>("--browser") { Description = "The Chromium, Chrome or Edge executable that prints the PDF.", HelpName = "PATH" };
        var xorriso = new Option<string?>("--xorriso") { Description = "The xorriso executable that makes the E-box's CD-ROM image.", HelpName = "PATH" };
        var edition = new Option<string?>("--pdf-edition") { Description = "digital (default: A4, tagged, live links) or print (bleed and crop marks).", HelpName = "EDITION" };
        edition.AcceptOnlyFromAmong("digital", "print");
        var theme = CommonOptions.Theme();
        var printHtml = new Option<string?>("--keep-print-html") { Description = "Keep the print HTML each PDF was typeset from in this folder.", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var noCache = new Option<bool>("--no-cache") { Description = $"Build everything again: neither read nor write the build cache ({{out}}/{GuideBuilder.Build.Cache.BuildCache.FolderName}/)." };

        var command = new Command("build", $"""
            Build the guide: the website (out/site), the offline E-box (out/ebox, and a zip and a CD-ROM image in out/packages)
            and the textbook PDFs (out/pdf). The site and the E-box offer a slide deck for trainers on each
            module's page. A failed build leaves the previous output untouched. --out must be a folder of
            its own: not the content, the theme, /, your home, nor a folder GuideBuilder did not write.

            Formats (--formats builds these and what they need):
            {string.Join("\n", registered.All.Select(f => $"  {f.Name,-10}{f.Description}"))}

            Examples:
              guide build
              guide build --formats site,ebox --lang en,fr
              guide build --content my-guide --out public --trainer
            """)
        {
            content, output, formats, languages, trainer, browser, xorriso, edition, theme, printHtml, quiet, verbose, noCache,
        };
        command.SetAction(parse =>
        {
            var chosenFormats = parse.GetValue(formats);
            var options = new BuildOptions
            {
                ContentDirectory = parse.GetValue(content)!,
                OutputDirectory = parse.GetValue(output)!,
                Formats = chosenFormats is { Length: > 0 } ? chosenFormats : BuildOptions.DefaultFormats,
                FormatsExplicit = chosenFormats is { Length: > 0 },
                Languages = parse.GetValue(languages) is { Length: > 0 } langs ? langs : null,
                TrainerEdition = parse.GetValue(trainer) ? true : null,
                BrowserPath = parse.GetValue(browser),
                XorrisoPath = parse.GetValue(xorriso),
                PdfEdition = parse.GetValue(edition),
                ThemeDirectory = parse.GetValue(theme),
                PrintHtmlDirectory = parse.GetValue(printHtml),
                NoCache = parse.GetValue(noCache),
            };
            var verbosity = parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
            return Execute(console, options, verbosity);
        });
        return command;
    }

    private static int Execute(CliConsole console, BuildOptions options, Verbosity verbosity)
    {
        var progress = console.CreateProgress(verbosity);
        var result = new GuideBuild(progress, PdfProducerFactory.Create()).Run(options);
        console.PrintDiagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            console.Error($"Build failed: {console.CountSummary(result.Diagnostics)}. The previous output in {options.OutputDirectory}/ was left as it was.");
            return result.IsUsageError ? GuideCli.UsageError : GuideCli.ContentErrors;
        }

        if (verbosity != Verbosity.Quiet)
        {
            console.PrintBuildSummary(result);
        }

        if (verbosity == Verbosity.Verbose)
        {
            console.Line(MemoryFigures.Describe());
        }

        return GuideCli.Success;
    }
}
