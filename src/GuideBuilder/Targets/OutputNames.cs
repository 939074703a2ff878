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

    /// <summary>The start of every output's file name.</summary>
    public static string Stem(GuideDocument document)
    {
        var settings = document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        name = name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd('-') : name;
        return name + Edition(document.TrainerEdition);
    }

    /// <summary>"-trainer" in the trainer edition, else nothing.</summary>
    public static string Edition(bool trainer) => trainer ? "-trainer" : "";
}
