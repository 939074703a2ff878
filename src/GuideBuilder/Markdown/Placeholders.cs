namespace GuideBuilder.Markdown;

/// <summary>
/// Markdown is rendered once per module and language, before any target decides how it
/// addresses pages and files. Links are therefore written as placeholders that each target
/// replaces with its own relative URL: <c>gb:page/&lt;module id&gt;#anchor</c> for a module and
/// <c>gb:asset/&lt;path in the content folder&gt;</c> for a file.
/// </summary>
public static class Placeholders
{
    public const string PagePrefix = "gb:page/";
    public const string AssetPrefix = "gb:asset/";

    public static string Page(string moduleId, string? anchor) =>
        anchor is null ? PagePrefix + moduleId : $"{PagePrefix}{moduleId}#{anchor}";

    public static string Asset(string contentPath) => AssetPrefix + contentPath;
}
