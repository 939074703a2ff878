namespace GuideBuilder.Model.Addresses;

/// <summary>A file the build made for download (a textbook PDF, a slide deck), by its path under downloads/.</summary>
public sealed record DownloadAddress(string FileName) : Address
{
    public override string ResolveWith(IAddressResolver resolver) => resolver.Download(this);
}
