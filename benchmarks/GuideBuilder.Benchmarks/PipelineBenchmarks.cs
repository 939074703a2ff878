using BenchmarkDotNet.Attributes;
using GuideBuilder.Build;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model;
using GuideBuilder.Targets;
using GuideBuilder.Targets.Ebox;
using GuideBuilder.Targets.Site;
using GuideBuilder.Targets.Slides;
using GuideBuilder.Translations;

namespace GuideBuilder.Benchmarks;

/// <summary>
/// The stages of a build on the sample guide, in memory: what `guide serve` pays on every save
/// (load + Markdown + site) and what one module costs on its own.
/// Goals: one module under 5 ms; the whole sample in memory under 150 ms, so that save-to-reload stays under 200 ms;
/// one module's slide deck under 5 ms, so that the decks of a whole guide cost less than its site.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private BuildOptions _options = null!;
    private PreparedGuide _prepared = null!;
    private LocatedText _moduleBody = null!;
    private UiStrings _ui = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _options = new BuildOptions
        {
            ContentDirectory = Path.Combine(root, "guide-content"),
            ThemeDirectory = Path.Combine(root, "themes", "default"),
            UiStringsDirectory = Path.Combine(root, "translations"),
        };
        _prepared = GuidePreparation.Prepare(_options, new DiagnosticBag(), SilentProgress.Instance)
            ?? throw new InvalidOperationException("the sample guide has errors");
        var module = _prepared.Loaded.SourceModules.OrderByDescending(m => m.Body.Text.Length).First();
        _moduleBody = module.Body;
        _ui = _prepared.Loaded.UiStrings[_prepared.Loaded.Settings.DefaultLanguage];
    }

    [Benchmark(Description = "one module: parse + render Markdown")]
    public HtmlFragment OneModule() => MarkdownHtml.Render(MarkdownParser.Parse(_moduleBody, new DiagnosticBag()), _ui);

    [Benchmark(Description = "whole sample: load + validate + document model")]
    public GuideDocument? Prepare() => GuidePreparation.Prepare(_options, new DiagnosticBag(), SilentProgress.Instance)?.Document;

    [Benchmark(Description = "whole sample: site pages in memory")]
    public int RenderSite() => new SiteTarget().Render(Context()).Count;

    [Benchmark(Description = "whole sample: E-box pages in memory")]
    public int RenderEbox() => new EboxTarget().Render(Context()).Count;

    [Benchmark(Description = "one module: slide deck (plan + PPTX)")]
    public int OneSlideDeck()
    {
        var edition = _prepared.Document.Editions[0];
        var page = edition.Pages.First(p => p.IsModule);
        return PptxDeckWriter.Write(SlideDeckPlanner.Plan(edition, page), BuildClock.Timestamp).Length;
    }

    private TargetContext Context() => new(_prepared.Document, _prepared.Theme, _prepared.Loaded.Folder, []);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GuideBuilder.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run the benchmarks inside the repository");
    }
}
