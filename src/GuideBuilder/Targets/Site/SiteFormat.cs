namespace GuideBuilder.Targets.Site;

/// <summary>out/site/: the website, offering the slide decks and, when they are built, the textbooks.</summary>
public sealed class SiteFormat : IOutputFormat
{
    public string Name => "site";

    public string Description => "the website (out/site/)";

    public string Stage => "Writing site";

    public IReadOnlyList<string> Needs => ["slides"];

    public IReadOnlyList<string> Uses => ["pdf", "epub"];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context) => context.WriteFolder(new SiteTarget().Render(context.TargetContext));
}
