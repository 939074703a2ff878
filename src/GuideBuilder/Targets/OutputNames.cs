using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Targets;

/// <summary>
/// The file names of the guide's downloadable outputs: the guide's title as a slug, and in the
/// trainer edition "-trainer" right after it, so that every trainer file says so
/// (<c>my-guide-trainer-en.pdf</c>, <c>my-guide-trainer-ebox.zip</c>).
/// </summary>
public static class OutputNames
{
    private const int MaxNameLength = 48;

    /// <summary>
    /// The start of every output's file name, at most 48 characters, so that the longest name made
    /// from it (<c>-trainer-en-print.pdf</c> included) keeps within the 64 of the CD-ROM image. In the
    /// trainer edition a title cut short for "-trainer" is cut between words.
    /// </summary>
    public static string Stem(GuideDocument document)
    {
        var settings = document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        if (!document.TrainerEdition)
        {
            return name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd('-') : name;
        }

        var room = MaxNameLength - Edition(true).Length;
        if (name.Length > room)
        {
            var cut = name[..room];
            name = name[room] != '-' && cut.LastIndexOf('-') is > 0 and var hyphen ? cut[..hyphen] : cut.TrimEnd('-');
        }

        return name + Edition(true);
    }

    /// <summary>"-trainer" in the trainer edition, else nothing.</summary>
    public static string Edition(bool trainer) => trainer ? "-trainer" : "";
}
