namespace GuideBuilder.Content;

/// <summary>The <c>site:</c> section of guide.yml.</summary>
public sealed record SiteSettings(string BaseUrl)
{
    public static readonly SiteSettings Default = new("/");

    /// <summary>The base URL with exactly one trailing slash.</summary>
    public string NormalizedBaseUrl => BaseUrl.TrimEnd('/') + "/";

    /// <summary>The web address of a file of the site, when the base URL is a full address (not just a path such as "/").</summary>
    public string? WebAddressOf(string path) =>
        NormalizedBaseUrl.StartsWith("https://", StringComparison.Ordinal) || NormalizedBaseUrl.StartsWith("http://", StringComparison.Ordinal)
            ? NormalizedBaseUrl + path
            : null;
}
