namespace GuideBuilder.Targets.Ebox;

/// <summary>
/// out/ebox/: the offline edition. It embeds the slide decks always, and the textbooks when the
/// PDF is built in the same run (<c>--formats ebox</c> alone makes no PDF, as before the formats were plug-ins).
/// Its paths are checked for USB sticks, Windows and the CD-ROM image before they are written (<see cref="EboxPackagingCheck"/>).
/// </summary>
public sealed class EboxFormat : IOutputFormat
{
    public string Name => "ebox";

    public string Description => "the offline E-box (out/ebox/), zipped into out/packages/";

    public string Stage => "Writing ebox";

    public IReadOnlyList<string> Needs => ["slides"];

    public IReadOnlyList<string> Uses => ["pdf", "epub"];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context)
    {
        var files = new EboxTarget().Render(context.TargetContext);
        EboxPackagingCheck.Check(EboxOrigins.Of(files, context.TargetContext), context.Diagnostics);
        return context.Diagnostics.HasErrors ? FormatResult.Nothing : context.WriteFolder(files);
    }
}
