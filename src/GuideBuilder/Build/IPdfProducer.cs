using GuideBuilder.Diagnostics;
using GuideBuilder.Targets;

namespace GuideBuilder.Build;

/// <summary>Makes the textbook PDFs into a folder and says which files the HTML targets may offer for download.</summary>
public interface IPdfProducer
{
    IReadOnlyList<DownloadFile> Produce(PreparedGuide prepared, BuildOptions options, string folder, DiagnosticBag diagnostics, IBuildProgress progress);
}
