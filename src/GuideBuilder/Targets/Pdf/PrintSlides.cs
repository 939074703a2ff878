namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Where a reader of the book finds the module's slide deck: its path in the E-box, and its
/// address on the website when guide.yml gives the site's full URL.
/// </summary>
public sealed record PrintSlides(string OfflinePath, string? Url);
