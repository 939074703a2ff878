using GuideBuilder.Build;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Targets;

/// <summary>What a format gets from the build: the prepared guide, the options, where to write, and the files of the formats it needs or uses.</summary>
public sealed record FormatContext(
    string Name,
    PreparedGuide Prepared,
    BuildOptions Options,
    OutputStaging Staging,
    DiagnosticBag Diagnostics,
    IBuildProgress Progress,
    IReadOnlyList<DownloadFile> Downloads)
{
    /// <summary>The staged folder that becomes out/&lt;name&gt;/ when the build succeeds.</summary>
    public string Folder => Staging.StagedPath(Name);

    /// <summary>True when the user asked for this format (it was not only brought in by another).</summary>
    public bool Named => Options.Formats.Contains(Name);

    /// <summary>What the HTML targets render from.</summary>
    public TargetContext TargetContext => new(Prepared.Document, Prepared.Theme, Prepared.Loaded.Folder, Downloads, Cache: Prepared.Cache, Inputs: Prepared.Inputs,
        Stage: file => Staging.WriteOne(Name, file));

    /// <summary>Stages rendered and copied files as out/&lt;name&gt;/ and says what was written.</summary>
    public FormatResult WriteFolder(IReadOnlyList<OutputFile> files)
    {
        var output = Staging.Write(Name, files);
        return FormatResult.Folder(Counts.Of(output.Files, "file"));
    }
}
