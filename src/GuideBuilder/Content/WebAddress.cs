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

    /// <summary>
    /// The scheme a browser would see in a link, lowercased ("javascript" for " JaVa\tScript:"),
    /// or null for a relative link. Browsers drop leading controls and spaces and every tab and
    /// line break before they read the scheme, so this does too.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.SkipWhile(c => c <= ' ').Where(c => c is not ('\t' or '\n' or '\r'))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(cleaned[0]) || !cleaned[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return null;
        }

        return cleaned[..colon].ToLowerInvariant();
    }

    /// <summary>Links of a guide are web pages (http, https), e-mail addresses (mailto) or relative; nothing else runs or loads.</summary>
    public static bool IsAllowedScheme(string? scheme) => scheme is null or "http" or "https" or "mailto";

    /// <summary>The one warning for a malformed address, in a body link or a resource's url.</summary>
    public static void WarnIfMalformed(string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!LooksRight(url))
        {
            diagnostics.Warning(at, DiagnosticCodes.InvalidValue, $"the web address '{url}' looks malformed", "open it in a browser and copy the address from there");
        }
    }
}
