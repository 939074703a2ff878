using GuideBuilder.Model;

namespace GuideBuilder.Targets.PrintedPages;

/// <summary>
/// A page whose rendered Markdown carries an id on every block, and those blocks' keys in reading
/// order: the section ids the layouts give (objectives, exercises, each exercise, key messages,
/// resources) and the ids of the paragraphs, list items, headings, table rows... of the Markdown.
/// The print HTML and the EPUB are written from the same marked page, so a key names the same
/// block in both.
/// </summary>
public sealed record BlockMarkedPage(GuidePage Page, IReadOnlyList<string> Blocks);
