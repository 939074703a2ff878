namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// A resource as the book prints it: its web address, and for a file (a handout, the module's
/// slide deck), where the E-box keeps it and, when guide.yml gives the site's full URL, its
/// address on the website.
/// </summary>
public sealed record PrintResource(string TypeLabel, string Title, string? Description, string? Url, string? OfflinePath, string? OnlineCopy);
