using GuideBuilder.Build;

namespace GuideBuilder.Targets.Packages;

/// <summary>out/packages/: the downloadable bundles; today the E-box zip, built with every E-box.</summary>
public sealed class PackagesFormat : IOutputFormat
{
    public string Name => "packages";

    public string Description => "the E-box zip (out/packages/); comes with every E-box";

    public string Stage => "Packaging E-box";

    public IReadOnlyList<string> Needs => ["ebox"];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => ["ebox"];

    public FormatResult Produce(FormatContext context)
    {
        var name = OutputNames.Stem(context.Prepared.Document);
        EboxPackager.Package(context.Staging.StagedPath("ebox"), Path.Combine(context.Folder, $"{name}-ebox.zip"), $"{name}-ebox", BuildClock.Timestamp);
        return FormatResult.Folder($"{context.Staging.Describe(Name).Bytes / 1024} KB");
    }
}
