namespace GuideBuilder.Diagnostics;

/// <summary>A place in a content file; lines and columns count from 1.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A place that is not in a file, such as a command-line option.</summary>
    public static SourceLocation Option(string name) => new(name, 0, 0);

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
