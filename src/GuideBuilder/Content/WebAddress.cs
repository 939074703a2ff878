using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>Whether a web address (http or https) looks like one a browser can open.</summary>
public static class WebAddress
{
    /// <summary>
    /// A host made of dot-separated DNS labels (or an IP address), and no spaces: catches
    /// "https://www.ilo..org", "https:/www.ilo.org" and "https://localhost" pasted by mistake.
    /// </summary>
    public static bool LooksRight(string url) =>
        !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && Uri.CheckHostName(uri.IdnHost) switch
        {
            UriHostNameType.Dns => uri.IdnHost.Contains('.', StringComparison.Ordinal),
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => true,
            _ => false,
        };

    /// <summary>The one warning for a malformed address, in a body link or a resource's url.</summary>
    public static void WarnIfMalformed(string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!LooksRight(url))
        {
            diagnostics.Warning(at, DiagnosticCodes.InvalidValue, $"the web address '{url}' looks malformed", "open it in a browser and copy the address from there");
        }
    }
}
