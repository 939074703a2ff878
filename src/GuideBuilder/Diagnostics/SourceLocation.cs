namespace GuideBuilder.Diagnostics;

/// <summary>A place in a content file; lines and columns count from 1.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
