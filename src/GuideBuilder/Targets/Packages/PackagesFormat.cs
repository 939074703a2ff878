using GuideBuilder.Build;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// out/packages/: the downloadable bundles, built with every E-box: the E-box zip, its CD-ROM
/// image when xorriso is installed (without it, a warning says what to install and the rest is
/// built), and in the trainer edition a handout pack per language.
/// </summary>
public sealed class PackagesFormat : IOutputFormat
{
    public string Name => "packages";

    public string Description => "the E-box zip and CD-ROM image (out/packages/); comes with every E-box";

    public string Stage => "Packaging E-box";

    public IReadOnlyList<string> Needs => ["ebox"];

    public IReadOnlyList<string> Uses => [];

    public IReadOnlyList<string> BuiltWith => ["ebox"];

    public FormatResult Produce(FormatContext context)
    {
        var name = OutputNames.Stem(context.Prepared.Document);
        var ebox = context.Staging.StagedPath("ebox");
        EboxPackager.Package(ebox, Path.Combine(context.Folder, $"{name}-ebox.zip"), $"{name}-ebox", BuildClock.Timestamp);
        MakeImage(context, ebox, Path.Combine(context.Folder, $"{name}-ebox.iso"));
        if (context.Prepared.Document.TrainerEdition)
        {
            WriteHandoutPacks(context, name);
        }

        return FormatResult.Folder($"{context.Staging.Describe(Name).Bytes / 1024} KB");
    }

    private static void MakeImage(FormatContext context, string ebox, string isoPath)
    {
        var configured = context.Options.XorrisoPath;
        if (XorrisoLocator.Find(configured) is not { } xorriso)
        {
            var message = configured is null
                ? "xorriso was not found, so the E-box's CD-ROM image was not made (the zip was)"
                : $"xorriso '{configured}' does not exist, so the E-box's CD-ROM image was not made (the zip was)";
            context.Diagnostics.Warning(SourceLocation.Option(configured is null ? "packages" : "--xorriso"), DiagnosticCodes.XorrisoMissing, message, XorrisoLocator.InstallHint);
            return;
        }

        var lead = context.Prepared.Document.Lead;
        var labels = new ImageLabels(VolumeLabel.From(lead.Title), lead.Title, [.. lead.Pages.Where(p => p.IsModule).Select(p => p.TabColor)]);
        if (EboxImage.Make(xorriso, ebox, isoPath, context.Staging.ScratchPath("iso"), labels, BuildClock.Timestamp) is { } failure)
        {
            context.Diagnostics.Error(SourceLocation.Option("packages"), DiagnosticCodes.IsoFailed, $"xorriso could not make the E-box's CD-ROM image: {failure}",
                $"check that {xorriso} runs (xorriso -version), or pass another with --xorriso");
        }
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
