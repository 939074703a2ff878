using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// The CD-ROM's volume label, from the guide's title: uppercase A-Z, 0-9 and '_' (ISO 9660's
/// d-characters), accents folded (Protección -> PROTECCION), whole words up to 16 characters, the
/// most Joliet keeps, so that Windows and other systems show the same label.
/// </summary>
public static class VolumeLabel
{
    public const int MaxLength = 16;

    private const string Fallback = "GUIDE";

    public static string From(string title)
    {
        if (!Slugs.Fold(title).Any(char.IsAsciiLetterOrDigit))
        {
            return Fallback;
        }

        var words = Slugs.FromText(title).ToUpperInvariant().Split('-');
        var label = words[0].Length > MaxLength ? words[0][..MaxLength] : words[0];
        foreach (var word in words.Skip(1))
        {
            if (label.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            label += "_" + word;
        }

        return label;
    }
}
