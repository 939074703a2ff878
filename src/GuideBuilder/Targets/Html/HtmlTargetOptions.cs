namespace GuideBuilder.Targets.Html;

/// <summary>How the site and the E-box differ when they render the same pages.</summary>
public sealed record HtmlTargetOptions(string TargetName, bool PrettyUrls, string? BaseUrl);
