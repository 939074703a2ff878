using GuideBuilder.Build;

namespace GuideBuilder.Cli.Commands;

/// <summary>Chooses how the textbook PDFs are made.</summary>
internal static class PdfProducerFactory
{
    public static IPdfProducer Create() => new GuideBuilder.Targets.Pdf.ChromiumPdfProducer();
}
