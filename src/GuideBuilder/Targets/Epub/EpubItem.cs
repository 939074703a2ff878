namespace GuideBuilder.Targets.Epub;

/// <summary>One file of the book under OEBPS/: what it is (manifest id, media type, properties) and its bytes or the file to copy.</summary>
public sealed record EpubItem(string Path, string Id, string MediaType, byte[]? Bytes, string? CopyFrom, string? Properties = null, bool InSpine = false);
