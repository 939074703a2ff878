using System.Diagnostics;
using GuideBuilder.Diagnostics;
using GuideBuilder.Targets;
using GuideBuilder.Theme;

namespace GuideBuilder.Build;

/// <summary>
/// <c>guide build</c>: checks --out, prepares the guide, takes the output folder's lock, runs the
/// requested formats and what they need (<see cref="OutputFormats"/>) into a staging folder, and
/// swaps the result into out/ only if everything succeeded.
/// </summary>
public sealed class GuideBuild(IBuildProgress progress, IPdfProducer? pdf = null)
{
    private readonly FormatRegistry _formats = OutputFormats.Standard(pdf);

    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!CheckOutputFolder(options, diagnostics))
        {
            return new BuildResult(diagnostics.Items, [], [], 0, clock.Elapsed);
        }

        OutputWarmup.Start(slides: _formats.Plan(options.Formats).Any(format => format is Targets.Slides.SlidesFormat));
        var cache = options.NoCache ? null : Cache.BuildCache.OnDisk(options.OutputDirectory);
        cache?.BeginBuild();
        var prepared = GuidePreparation.Prepare(options, diagnostics, progress, cache: cache);
        if (prepared is null)
        {
            return new BuildResult(diagnostics.Items, [], [], 0, clock.Elapsed);
        }

        // From here on only the document model is written out; the modules as read can go. One compacting
        // collection returns their memory now: a background collection would leave it as free space in
        // the oldest generation for the rest of the build (on 99 modules in three languages, the peak
        // went from 200 to 188 MB, for no measurable processor time).
        prepared = prepared.ForOutputs();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
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
            Work = cache?.Counts,
            Translations = document.Editions.Where(e => e.Language != document.Settings.DefaultLanguage).ToDictionary(
                e => e.Language,
                e => (IReadOnlyDictionary<Model.TranslationState, int>)e.Pages.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.Count())),
        };
    }

    /// <summary>Refuses, before any work, an --out that would replace the content, the theme or a folder that is not GuideBuilder's.</summary>
    private bool CheckOutputFolder(BuildOptions options, DiagnosticBag diagnostics)
    {
        var content = Path.GetFullPath(options.ContentDirectory);
        (string, string)[] sources =
        [
            ("the content folder", content),
            ("the theme", ThemeLocator.ThemeFolder(options.ThemeDirectory, content)),
            ("the interface strings", ThemeLocator.UiStringsFolder(options.UiStringsDirectory, content)),
        ];
        return OutputFolderGuard.Check(options.OutputDirectory, sources, _formats.Names, diagnostics);
    }

    /// <summary>A file-system failure (a read-only folder, a full disk, --out naming a file), also from inside a parallel write.</summary>
    private static Exception? WriteFailure(Exception error) => error switch
    {
        IOException or UnauthorizedAccessException => error,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(e => e is IOException or UnauthorizedAccessException),
        _ => null,
    };

    /// <summary>Runs each format of the plan into the staging folder and commits them all, or none when an error was found.</summary>
    private void WriteOutputs(PreparedGuide prepared, BuildOptions options, DiagnosticBag diagnostics, List<BuiltOutput> outputs)
    {
        using var outputLock = OutputLock.Acquire(options.OutputDirectory, options.OutputLockTimeout, progress, diagnostics);
        if (outputLock is null)
        {
            return;
        }

        using var staging = new OutputStaging(options.OutputDirectory);
        var offered = new Dictionary<string, IReadOnlyList<DownloadFile>>(StringComparer.Ordinal);
        foreach (var format in _formats.Plan(options.Formats))
        {
            // In build order, so the PDFs come before the decks among the downloads, as they always have.
            var downloads = offered.Where(o => format.Needs.Contains(o.Key) || format.Uses.Contains(o.Key)).SelectMany(o => o.Value).ToList();
            progress.Stage(format.Stage);
            var result = format.Produce(new FormatContext(format.Name, prepared, options, staging, diagnostics, progress, downloads));
            if (diagnostics.HasErrors)
            {
                return;
            }

            staging.Finish(format.Name);

            offered[format.Name] = result.Downloads;
            if (result.Published)
            {
                outputs.Add(staging.Describe(format.Name));
            }

            if (result.Detail is not null)
            {
                progress.Done(format.Stage, result.Detail);
            }
        }

        staging.Commit();
        // Still holding the lock: the next build into out/ finds the cache whole.
        prepared.Cache?.Save();
    }
}
