namespace GuideBuilder.Content;

/// <summary>The <c>site:</c> section of guide.yml.</summary>
public sealed record SiteSettings(string BaseUrl)
{
    public static readonly SiteSettings Default = new("/");

    /// <summary>The base URL with exactly one trailing slash.</summary>
    public string NormalizedBaseUrl => BaseUrl.TrimEnd('/') + "/";
}
