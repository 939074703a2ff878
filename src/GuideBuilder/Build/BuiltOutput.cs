namespace GuideBuilder.Build;

/// <summary>One format the build wrote, where, and how many files.</summary>
public sealed record BuiltOutput(string Format, string Path, int Files, long Bytes);
