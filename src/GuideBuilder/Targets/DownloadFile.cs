namespace GuideBuilder.Targets;

/// <summary>A built file (a textbook PDF) that the HTML targets offer for download, per language.</summary>
public sealed record DownloadFile(string Language, string FileName, string SourcePath, string LabelKey);
