namespace GuideBuilder.Build;

/// <summary>What <c>guide build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    /// <summary>What <c>guide build</c> makes when --formats is not given; the slide decks and the E-box zip come with the site and the E-box.</summary>
    public static readonly IReadOnlyList<string> DefaultFormats = ["site", "ebox", "pdf", "epub"];

    public string ContentDirectory { get; init; } = "guide-content";
    public string OutputDirectory { get; init; } = "out";
    public IReadOnlyList<string> Formats { get; init; } = DefaultFormats;

    /// <summary>True when the user named the formats; then a PDF that cannot be made fails the build.</summary>
    public bool FormatsExplicit { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }
    public string? ThemeDirectory { get; init; }
    public string? UiStringsDirectory { get; init; }
    public bool? TrainerEdition { get; init; }
    public string? BrowserPath { get; init; }

    /// <summary>The xorriso that makes the E-box's CD-ROM image (else GUIDE_XORRISO, else the one on PATH).</summary>
    public string? XorrisoPath { get; init; }
    public string? PdfEdition { get; init; }

    /// <summary>How long to wait for another build writing into the same output folder.</summary>
    public TimeSpan OutputLockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Build everything again, without reading or writing the build cache (out/.guide-cache/).</summary>
    public bool NoCache { get; init; }

    /// <summary>Where to keep the print HTML the PDF was typeset from (to inspect it, or to time other typesetters on it).</summary>
    public string? PrintHtmlDirectory { get; init; }
}
