using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Targets.Html;

/// <summary>A file offered in the footer of every page, such as the textbook PDF.</summary>
public sealed record DownloadLink(DownloadAddress Url, string Label, string Size, string FileName);
