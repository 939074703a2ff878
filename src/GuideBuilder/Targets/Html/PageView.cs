using GuideBuilder.Markdown;
using GuideBuilder.Model;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Planner;

namespace GuideBuilder.Targets.Html;

/// <summary>Everything a layout of the theme can show (docs/theme.md). Addresses are typed; each output writes them for the page.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }
    public required string Target { get; init; }
    public required string DocumentTitle { get; init; }
    public required string GuideTitle { get; init; }
    public required string GuideSubtitle { get; init; }
    public required string Edition { get; init; }
    public required string Licence { get; init; }
    public required IReadOnlyDictionary<string, string> Ui { get; init; }
    public required IReadOnlyList<NavItem> Nav { get; init; }
    public required IReadOnlyList<LanguageLink> Languages { get; init; }
    public required IReadOnlyList<DownloadLink> Downloads { get; init; }
    public required bool Trainer { get; init; }
    public string? Description { get; init; }
    public GuidePage? Page { get; init; }
    public bool ContentLangDiffers { get; init; }
    public string? Notice { get; init; }
    public string? NoticeKind { get; init; }
    public IReadOnlyList<HeadingInfo> Toc { get; init; } = [];
    public NavItem? Previous { get; init; }
    public NavItem? Next { get; init; }
    public string? Canonical { get; init; }
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];
    public string? LiveReload { get; init; }

    /// <summary>The edition's home page.</summary>
    public required PageAddress Home { get; init; }

    /// <summary>The edition's folder, relative to the page: the script finds search results from it.</summary>
    public required EditionFolderAddress EditionRoot { get; init; }

    /// <summary>The edition's search index script.</summary>
    public required EditionFileAddress SearchIndex { get; init; }

    /// <summary>The module's slides for trainers, when the build made them.</summary>
    public DownloadLink? SlideDeck { get; init; }

    /// <summary>The workshop planner page of the edition (trainer edition only, else null).</summary>
    public EditionFileAddress? PlannerPage { get; init; }

    /// <summary>The workshop planner (its own page only).</summary>
    public WorkshopPlan? Planner { get; init; }

    /// <summary>The edition's glossary page, in the navigation; null when the guide has no glossary.</summary>
    public GlossaryAddress? GlossaryUrl { get; init; }

    /// <summary>This is the glossary page.</summary>
    public bool IsGlossary { get; init; }

    /// <summary>The glossary's entries (the glossary page only).</summary>
    public IReadOnlyList<GlossaryItem> Glossary { get; init; } = [];

    /// <summary>The edition's index page, when the edition has an index.</summary>
    public PageAddress? IndexPage { get; init; }

    /// <summary>The index, on the index page only.</summary>
    public BookIndex? Index { get; init; }

    public bool HasResources => Page?.Resources.Count > 0 || SlideDeck is not null;
}
