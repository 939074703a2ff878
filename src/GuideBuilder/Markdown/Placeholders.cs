using System.Text.RegularExpressions;

namespace GuideBuilder.Markdown;

/// <summary>
/// Markdown is rendered once per module and language, before any target decides how it
/// addresses pages and files. Links are therefore written as placeholders that each target
/// replaces with its own relative URL: <c>gb:page/&lt;module id&gt;#anchor</c> for a module and
/// <c>gb:asset/&lt;path in the content folder&gt;</c> for a file.
/// </summary>
public static partial class Placeholders
{
    public const string PagePrefix = "gb:page/";
    public const string AssetPrefix = "gb:asset/";

    public static string Page(string moduleId, string? anchor) =>
        anchor is null ? PagePrefix + moduleId : $"{PagePrefix}{moduleId}#{anchor}";

    public static string Asset(string contentPath) => AssetPrefix + contentPath;

    /// <summary>The content path an asset placeholder stands for.</summary>
    public static string AssetPath(string placeholder) =>
        placeholder.StartsWith(AssetPrefix, StringComparison.Ordinal) ? placeholder[AssetPrefix.Length..] : throw new ArgumentException($"'{placeholder}' is not an asset placeholder", nameof(placeholder));

    /// <summary>A placeholder in a double-quoted attribute value: groups "kind" (page, asset, theme...) and "rest".</summary>
    [GeneratedRegex("(?<=\")gb:(?<kind>[a-z]+)/?(?<rest>[^\"]*)(?=\")")]
    public static partial Regex Pattern();
}
