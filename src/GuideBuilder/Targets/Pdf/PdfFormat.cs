using GuideBuilder.Build;

namespace GuideBuilder.Targets.Pdf;

/// <summary>out/pdf/: one textbook per language, made by the <see cref="IPdfProducer"/> (none: no PDF, e.g. in tests).</summary>
public sealed class PdfFormat(IPdfProducer? producer) : IOutputFormat
{
    public string Name => "pdf";

    public string Description => "the textbook PDFs (out/pdf/); the site and the E-box offer them when built together";

    public string Stage => "Printing PDF";

    public IReadOnlyList<string> Needs => [];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => [];

    public FormatResult Produce(FormatContext context)
    {
        if (producer is null)
        {
            return FormatResult.Nothing;
        }

        var produced = producer.Produce(context.Prepared, context.Options, context.Folder, context.Diagnostics, context.Progress);
        return produced.Count > 0 ? FormatResult.Folder(Counts.Of(produced.Count, "textbook"), produced) : FormatResult.Nothing;
    }
}
