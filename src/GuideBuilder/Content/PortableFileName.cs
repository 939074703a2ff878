using System.Text.RegularExpressions;

namespace GuideBuilder.Content;

/// <summary>
/// Whether a file or folder name can be copied to a Windows PC, a FAT USB stick and the E-box's
/// CD-ROM image (Joliet keeps 64 characters of a name), where outputs end up.
/// </summary>
public static partial class PortableFileName
{
    public const int JolietLength = 64;

    private static readonly System.Buffers.SearchValues<char> NotInNames =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 32).Select(c => (char)c), '<', '>', ':', '"', '|', '?', '*', '\\']);

    /// <summary>The longest slug: its folder and its slide deck (slug.pptx) both fit in a Joliet name.</summary>
    public const int SlugLength = 50;

    /// <summary>Why Windows or FAT cannot hold the name, or null when it can (length is <see cref="TooLong"/>'s business).</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        var index = name.AsSpan().IndexOfAny(NotInNames);
        if (index >= 0)
        {
            return name[index] < ' ' ? "contains a control character" : $"contains '{name[index]}', which Windows does not allow in file names";
        }

        if (name.EndsWith('.') || name.EndsWith(' '))
        {
            return "ends with a dot or a space, which Windows drops";
        }

        return ReservedDevice().IsMatch(name) ? $"is a device name that Windows reserves ({name.Split('.')[0].TrimEnd().ToUpperInvariant()})" : null;
    }

    public static bool TooLong(string name) => name.Length > JolietLength;

    /// <summary>Why a slug cannot name the page's folder, or null when it can.</summary>
    public static string? SlugProblem(string slug) =>
        !SlugPattern().IsMatch(slug) ? "must be lowercase letters, digits and hyphens"
        : slug.Length > SlugLength ? $"is longer than {SlugLength} characters"
        : ReservedDevice().IsMatch(slug) ? $"is a device name that Windows reserves ({slug.ToUpperInvariant()})"
        : null;

    /// <summary>A valid slug close to what was written: '08 módulo #1?' becomes '08-modulo-1', 'CON' becomes 'con-page'.</summary>
    public static string SuggestSlug(string written)
    {
        var slug = Markdown.Slugs.FromText(written);
        if (slug.Length > SlugLength)
        {
            slug = slug[..SlugLength].TrimEnd('-');
        }

        return ReservedDevice().IsMatch(slug) ? slug + "-page" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    // CON, PRN, AUX, NUL, COM0-9 and LPT0-9 (with ¹²³), alone or before an extension, in any case.
    [GeneratedRegex("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\\..*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReservedDevice();
}
