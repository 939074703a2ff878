using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;

namespace GuideBuilder.Targets.Packages;

/// <summary>out/packages/: the downloadable bundles: the E-box zip, built with every E-box, and in the trainer edition a handout pack per language.</summary>
public sealed class PackagesFormat : IOutputFormat
{
    private const int MaxNameLength = 48;

    public string Name => "packages";

    public string Description => "the E-box zip (out/packages/); comes with every E-box";

    public string Stage => "Packaging E-box";

    public IReadOnlyList<string> Needs => ["ebox"];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => ["ebox"];

    public FormatResult Produce(FormatContext context)
    {
        var settings = context.Prepared.Document.Settings;
        var name = Slugs.FromText(settings.Title.For(settings.DefaultLanguage, settings.DefaultLanguage));
        name = name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd('-') : name;
        EboxPackager.Package(context.Staging.StagedPath("ebox"), Path.Combine(context.Folder, $"{name}-ebox.zip"), $"{name}-ebox", BuildClock.Timestamp);
        if (context.Prepared.Document.TrainerEdition)
        {
            WriteHandoutPacks(context, name);
        }

        return FormatResult.Folder($"{context.Staging.Describe(Name).Bytes / 1024} KB");
    }

    /// <summary>The trainer edition's handout pack of each language: <c>NAME-handouts-LANG.pdf</c>.</summary>
    private static void WriteHandoutPacks(FormatContext context, string name)
    {
        var problems = new DiagnosticBag();
        foreach (var edition in context.Prepared.Document.Editions)
        {
            var handouts = HandoutPack.Of(edition, context.Prepared.Loaded.Folder);
            var title = $"{edition.Title} – {edition.Ui["handout_pack"]}";
            if (HandoutPack.Combine(handouts, title, edition.Language, BuildClock.Timestamp, problems) is { } pdf)
            {
                File.WriteAllBytes(Path.Combine(context.Folder, $"{name}-handouts-{edition.Language}.pdf"), pdf);
            }
        }

        // A handout an untranslated module names goes into several languages' packs: one warning is enough.
        foreach (var problem in problems.Items.Distinct())
        {
            context.Diagnostics.Add(problem);
        }
    }
}
