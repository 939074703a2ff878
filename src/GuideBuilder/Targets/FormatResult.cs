namespace GuideBuilder.Targets;

/// <summary>
/// What a format made: whether it published a folder under out/, the detail for its progress line
/// (none: nothing to report), and the files it offers to the formats built after it.
/// </summary>
public sealed record FormatResult(bool Published, string? Detail, IReadOnlyList<DownloadFile> Downloads)
{
    public static readonly FormatResult Nothing = new(false, null, []);

    public static FormatResult Folder(string detail, IReadOnlyList<DownloadFile>? downloads = null) => new(true, detail, downloads ?? []);
}
