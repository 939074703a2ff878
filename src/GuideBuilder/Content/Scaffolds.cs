using System.Globalization;

namespace GuideBuilder.Content;

/// <summary>The files <c>guide new</c> writes: a module with every field explained, and a minimal guide.</summary>
public static class Scaffolds
{
    private const string SummaryPlaceholder = "One or two sentences that say what this module is for.";
    private const string ObjectivePlaceholder = "Explain ...";
    private const string KeyMessagePlaceholder = "The one thing a reader should remember.";
    private const string OpeningPlaceholder = "Start with a paragraph that introduces the module.";
    private const string SectionPlaceholder = "## A first section";
    private const string BodyPlaceholder = "Write Markdown. Boxes: `::: good-practice Title`";

    /// <summary>The texts of <see cref="Module"/> that an editor must replace; <c>guide check</c> warns while one is left.</summary>
    public static IReadOnlyList<string> ModulePlaceholders { get; } =
        [SummaryPlaceholder, ObjectivePlaceholder, KeyMessagePlaceholder, OpeningPlaceholder, SectionPlaceholder, BodyPlaceholder];

    public static string Module(string id, int number, string title, string tab) => $$"""
        ---
        # Required. The id is stable: links and translations use it. Lowercase, digits, hyphens.
        id: {{id}}
        module: {{number.ToString(CultureInfo.InvariantCulture)}}
        title: {{Quote(title)}}
        # A palette name from guide.yml (tabs:), or a colour "#rrggbb".
        tab: {{tab}}
        # Optional: shown on the thumb tab and in running headers.
        # short-title: Short title
        summary: {{SummaryPlaceholder}}
        objectives:
          - {{ObjectivePlaceholder}}
        # voices:
        #   - name: Amara
        #     role: Domestic worker
        #     country: Lebanon
        #     quote: |
        #       A short paragraph in her own words.
        #     photo: media/voices/amara.jpg
        key-messages:
          - {{KeyMessagePlaceholder}}
        # exercises:
        #   - id: first-exercise
        #     title: A title
        #     type: group-work     # group-work, role-play, case-study, discussion, self-assessment
        #     duration: 45 min
        #     objectives: [...]
        #     materials: [Flip chart]
        #     instructions: |
        #       1. ...
        #     facilitator-notes: |
        #       Only in the trainer edition.
        #     handout: media/handouts/first-exercise.pdf
        # resources:
        #   - title: A publication
        #     type: publication    # publication, standard, video, slides, website, dataset
        #     url: https://example.org/publication
        #     description: Why it is worth reading.
        ---

        {{OpeningPlaceholder}}

        {{SectionPlaceholder}}

        {{BodyPlaceholder}}, `::: protection-gap`, `::: case-study`,
        `::: key-point`, each closed by `:::`. Link to another module by its file name.

        """;

    public static string GuideYml(string title) => $"""
        # GuideBuilder settings; see docs/content-format.md.
        title:
          en: {Quote(title)}
        subtitle:
          en: A subtitle
        languages: [en]
        default-language: en
        tabs:
          blue: "#1d5fa6"
          red: "#b0252d"
          green: "#2a7a2e"
        pdf:
          page-size: A4
        site:
          base-url: https://example.org/guide/

        """;

    public static string Introduction => """
        ---
        id: introduction
        kind: introduction
        title: How to use this guide
        ---

        Who the guide is for, and how its modules work.

        """;

    private static string Quote(string text) => text.Contains(':', StringComparison.Ordinal) || text.StartsWith('#') || text.StartsWith('"')
        ? "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
        : text;
}
