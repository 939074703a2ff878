namespace GuideBuilder.Targets;

/// <summary>A file a target produces: text it rendered, or a file it copies (media, theme assets).</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string from) => new(path, null, from);
}
