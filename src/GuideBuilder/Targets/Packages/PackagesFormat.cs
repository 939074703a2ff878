using GuideBuilder.Build;
using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Packages;

/// <summary>out/packages/: the downloadable bundles; today the E-box zip, built with every E-box.</summary>
public sealed class PackagesFormat : IOutputFormat
{
    private const int MaxNameLength = 48;

    public string Name => "packages";

    public string Description => "the E-box zip (out/packages/); comes with every E-box";

    public string Stage => "Packaging E-box";

    public IReadOnlyList<string> Needs => ["ebox"];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => ["ebox"];

    public FormatResult Produce(FormatContext context)
    {
        var settings = context.Prepared.Document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        name = name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd('-') : name;
        EboxPackager.Package(context.Staging.StagedPath("ebox"), Path.Combine(context.Folder, $"{name}-ebox.zip"), $"{name}-ebox", BuildClock.Timestamp);
        return FormatResult.Folder($"{context.Staging.Describe(Name).Bytes / 1024} KB");
    }
}
