namespace GuideBuilder.Targets;

/// <summary>A file a target produces: text it rendered, or a file it copies (media, theme assets).</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    /// <summary>True when the file was written to the staging folder as it was rendered (<see cref="TargetContext.Stage"/>): only its path is kept.</summary>
    public bool Staged { get; private init; }

    public static OutputFile AlreadyStaged(string path) => new(path, null, null) { Staged = true };

    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string from) => new(path, null, from);
}
