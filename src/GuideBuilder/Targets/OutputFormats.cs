using GuideBuilder.Build;
using GuideBuilder.Targets.Ebox;
using GuideBuilder.Targets.Epub;
using GuideBuilder.Targets.Packages;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Targets.Site;
using GuideBuilder.Targets.Slides;

namespace GuideBuilder.Targets;

/// <summary>
/// Every output <c>guide build</c> can make. A new format is a folder under Targets/ with a class
/// implementing <see cref="IOutputFormat"/>, and one line here. The lines are in the order help
/// lists them; the build orders the formats by what they need and use, and only among formats that
/// are ready at the same time by this order.
/// </summary>
public static class OutputFormats
{
    public static FormatRegistry Standard(IPdfProducer? pdf) => new(
    [
        new SiteFormat(),
        new EboxFormat(),
        new PdfFormat(pdf),
        new SlidesFormat(),
        new EpubFormat(),
        new PackagesFormat(),
    ]);

    /// <summary>The registered names, for validating <c>--formats</c> and for help.</summary>
    public static FormatRegistry Described { get; } = Standard(null);
}
