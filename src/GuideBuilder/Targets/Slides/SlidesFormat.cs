using GuideBuilder.Build;

namespace GuideBuilder.Targets.Slides;

/// <summary>
/// The trainers' slide decks, which the site and the E-box offer on each module page. They get a
/// folder of their own, out/slides/&lt;lang&gt;/, only when <c>--formats</c> names them.
/// </summary>
public sealed class SlidesFormat : IOutputFormat
{
    private const string DownloadFolder = "slides/";

    public string Name => "slides";

    public string Description => "the PowerPoint decks for trainers; in the site and the E-box, and in out/slides/ when named";

    public string Stage => "Writing slides";

    public IReadOnlyList<string> Needs => [];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context)
    {
        var decks = SlideDeckProducer.Produce(context.Prepared.Document, context.Staging.WorkPath(Name), BuildClock.Timestamp, context.Prepared.Cache);
        if (context.Named)
        {
            context.Staging.Write(Name, [.. decks.Select(d => OutputFile.Copy(d.FileName[DownloadFolder.Length..], d.SourcePath))]);
        }

        return new FormatResult(context.Named, Counts.Of(decks.Count, "deck"), decks);
    }
}
