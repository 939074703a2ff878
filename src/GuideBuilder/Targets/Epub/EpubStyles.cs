using System.Globalization;
using System.Text;
using GuideBuilder.Model;
using GuideBuilder.Palette;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// The book's stylesheet: reflowable (no page geometry, sizes in em so the reader's settings win),
/// each module's colour as a class with the tab's readable shades written in (reading systems do
/// not all know CSS custom properties), the numbered tab as a band that flows with the text.
/// </summary>
public static class EpubStyles
{
    private const string Base = """
        body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; color: #1c2227; }
        h1, h2, h3, h4 { line-height: 1.25; page-break-after: avoid; break-after: avoid; }
        figure { margin: 1em 0; }
        img { max-width: 100%; height: auto; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #c9d1d6; padding: 0.25em 0.5em; }
        .module-tab { display: inline-block; margin: 0 0 0.5em; padding: 0.2em 0.75em; font-weight: bold; border-radius: 0 0.4em 0.4em 0; }
        .module-tab-number { font-size: 1.4em; }
        .module-summary { font-size: 1.1em; }
        .translation-notice { border: 1px solid #4f5b62; padding: 0.5em; }
        .box, .voice, .exercise, .facilitator-notes { margin: 1em 0; padding: 0.5em 0.75em; border-left: 0.3em solid #4f5b62; background: #f2f4f5; }
        .box-heading, .exercise-kind { font-weight: bold; }
        .voice-photo { width: 4em; height: 4em; border-radius: 50%; float: left; margin: 0 0.75em 0.5em 0; }
        .voice-who { clear: both; font-size: 0.9em; }
        .voice-name { font-weight: bold; }
        .video-poster { display: block; }
        .file-path { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        .footnotes { margin-top: 2em; border-top: 1px solid #c9d1d6; font-size: 0.9em; }
        .cover-band { margin: 0 0 2em; }
        .cover-stripe { display: inline-block; width: 2em; }
        .cover-title { font-size: 2em; }
        .title-edition { font-weight: bold; }
        .toc { list-style: none; padding-left: 0; }
        .toc ol { list-style: none; padding-left: 1.5em; }
        .toc-entry { border-left: 0.4em solid #4f5b62; padding-left: 0.5em; margin: 0.5em 0; }
        .glossary-term { font-weight: bold; margin-top: 0.8em; }
        .glossary-term dfn { font-style: normal; }
        .glossary-plural { font-weight: normal; }
        .glossary-definition { margin-left: 1.5em; }
        .glossary-notice { font-style: italic; }

        """;

    public static byte[] For(GuideEdition edition)
    {
        var css = new StringBuilder(Base);
        foreach (var page in edition.Pages.DistinctBy(p => p.Number))
        {
            var shades = TabShades.For(page.TabColor);
            var tab = "tab-" + page.Number.ToString(CultureInfo.InvariantCulture);
            css.Append(CultureInfo.InvariantCulture, $".{tab} h1, .{tab} h2, .{tab} .section-title {{ color: {shades.Large}; }}\n");
            css.Append(CultureInfo.InvariantCulture, $".{tab} a {{ color: {shades.Text}; }}\n");
            css.Append(CultureInfo.InvariantCulture, $".{tab} .module-tab {{ background: {shades.Fill}; color: {shades.On}; }}\n");
            css.Append(CultureInfo.InvariantCulture, $".{tab} .box, .{tab} .voice, .{tab} .exercise, .{tab} .facilitator-notes, .toc-entry.{tab} {{ border-left-color: {shades.Brand}; }}\n");
            css.Append(CultureInfo.InvariantCulture, $".cover-stripe.{tab} {{ background: {shades.Brand}; }}\n");
        }

        return new UTF8Encoding(false).GetBytes(css.ToString());
    }
}
