using System.Diagnostics;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Targets;
using GuideBuilder.Targets.Ebox;
using GuideBuilder.Targets.Site;
using GuideBuilder.Targets.Slides;

namespace GuideBuilder.Build;

/// <summary>
/// <c>guide build</c>: prepares the guide, runs each requested target into a staging folder, and
/// swaps the result into out/ only if everything succeeded.
/// </summary>
public sealed class GuideBuild(IBuildProgress progress, IPdfProducer? pdf = null)
{
    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(options, diagnostics, progress);
        if (prepared is null)
        {
            return new BuildResult(diagnostics.Items, [], [], 0, clock.Elapsed);
        }

        var outputs = new List<BuiltOutput>();
        try
        {
            WriteOutputs(prepared, options, diagnostics, outputs);
        }
        catch (Exception error) when (WriteFailure(error) is { } failure)
        {
            diagnostics.Error(SourceLocation.Option("--out"), DiagnosticCodes.OutputNotWritable,
                $"cannot write the output in {Path.GetFullPath(options.OutputDirectory)}: {failure.Message}",
                "choose another folder with --out, or check that it is a folder you may write to and that the disk has room");
        }
        catch (Exception error) when (Theme.ThemeRenderException.Find(error) is { } theme)
        {
            // A template that names what does not exist: reported at its line, and out/ stays as it was.
            diagnostics.Add(theme.Diagnostic);
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Items, [], [], 0, clock.Elapsed);
        }

        var document = prepared.Document;
        return new BuildResult(diagnostics.Items, outputs, [.. document.Editions.Select(e => e.Language)],
            document.Editions.Sum(e => e.Pages.Count), clock.Elapsed)
        {
            Translations = document.Editions.Where(e => e.Language != document.Settings.DefaultLanguage).ToDictionary(
                e => e.Language,
                e => (IReadOnlyDictionary<Model.TranslationState, int>)e.Pages.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.Count())),
        };
    }

    /// <summary>A file-system failure (a read-only folder, a full disk, --out naming a file), also from inside a parallel write.</summary>
    private static Exception? WriteFailure(Exception error) => error switch
    {
        IOException or UnauthorizedAccessException => error,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(e => e is IOException or UnauthorizedAccessException),
        _ => null,
    };

    /// <summary>Runs each requested target into the staging folder and commits them all, or none when an error was found.</summary>
    private void WriteOutputs(PreparedGuide prepared, BuildOptions options, DiagnosticBag diagnostics, List<BuiltOutput> outputs)
    {
        using var staging = new OutputStaging(options.OutputDirectory);
        var downloads = new List<DownloadFile>();
        if (options.Formats.Contains("pdf"))
        {
            downloads.AddRange(ProducePdf(prepared, options, staging, diagnostics, outputs));
        }

        if (diagnostics.HasErrors)
        {
            return;
        }

        if (options.Formats.Contains("site") || options.Formats.Contains("ebox"))
        {
            downloads.AddRange(ProduceSlides(prepared, staging));
        }

        var context = new TargetContext(prepared.Document, prepared.Theme, prepared.Loaded.Folder, downloads);
        foreach (var target in SelectedTargets(options))
        {
            progress.Stage($"Writing {target.Name}");
            var output = staging.Write(target.Name, target.Render(context));
            outputs.Add(output);
            progress.Done($"Writing {target.Name}", Counts.Of(output.Files, "file"));
        }

        if (options.Formats.Contains("ebox"))
        {
            outputs.Add(PackageEbox(prepared, staging));
        }

        staging.Commit();
    }

    private static IEnumerable<IOutputTarget> SelectedTargets(BuildOptions options)
    {
        IOutputTarget[] all = [new SiteTarget(), new EboxTarget()];
        return all.Where(t => options.Formats.Contains(t.Name));
    }

    private IReadOnlyList<DownloadFile> ProducePdf(PreparedGuide prepared, BuildOptions options, OutputStaging staging,
        DiagnosticBag diagnostics, List<BuiltOutput> outputs)
    {
        if (pdf is null)
        {
            return [];
        }

        progress.Stage("Printing PDF");
        var produced = pdf.Produce(prepared, options, staging.StagedPath("pdf"), diagnostics, progress);
        if (produced.Count > 0)
        {
            var output = staging.Describe("pdf");
            outputs.Add(output);
            progress.Done("Printing PDF", Counts.Of(produced.Count, "textbook"));
        }

        return produced;
    }

    /// <summary>The trainers' slide decks, which the site and the E-box offer on each module page.</summary>
    private IReadOnlyList<DownloadFile> ProduceSlides(PreparedGuide prepared, OutputStaging staging)
    {
        progress.Stage("Writing slides");
        var decks = SlideDeckProducer.Produce(prepared.Document, staging.ScratchPath("slides"), BuildClock.Timestamp);
        progress.Done("Writing slides", Counts.Of(decks.Count, "deck"));
        return decks;
    }

    private BuiltOutput PackageEbox(PreparedGuide prepared, OutputStaging staging)
    {
        progress.Stage("Packaging E-box");
        var settings = prepared.Document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        name = name.Length > 48 ? name[..48].TrimEnd('-') : name;
        EboxPackager.Package(staging.StagedPath("ebox"), Path.Combine(staging.StagedPath("packages"), $"{name}-ebox.zip"), $"{name}-ebox", BuildClock.Timestamp);
        var output = staging.Describe("packages");
        progress.Done("Packaging E-box", $"{output.Bytes / 1024} KB");
        return output;
    }
}
