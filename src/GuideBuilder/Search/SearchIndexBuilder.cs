using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GuideBuilder.Model;
using GuideBuilder.Targets.Html;

namespace GuideBuilder.Search;

/// <summary>
/// Builds one language's search index as a script that sets <c>window.GUIDE_SEARCH_INDEX</c>.
/// A script, not JSON, because file:// forbids fetching JSON; the E-box loads it with a
/// plain &lt;script&gt; tag. The format (docs/search-index.md):
/// <code>
/// { "version": 1, "language": "fr",
///   "pages": [ { "n": "Module 1", "t": "title", "u": "01-why/index.html", "c": "#b0252d" } ],
///   "sections": [ [ pageIndex, "anchor", "section heading", "plain text" ] ] }
/// </code>
/// The text is kept as written: the script folds case and accents itself, one character per
/// character, so that match positions are also positions in the text for snippets.
/// </summary>
public static class SearchIndexBuilder
{
    public const string FileName = "search-index.js";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Build(GuideEdition edition, Addressing addressing)
    {
        var home = Addressing.HomeFile(edition.Language);
        var pages = edition.Pages.Select(page => new Dictionary<string, string>
        {
            ["n"] = page.IsModule ? edition.Ui.Format("module_number", ("number", page.Number)) : "",
            ["t"] = page.Title,
            ["u"] = addressing.Link(home, Addressing.PageFile(edition.Language, page)),
            ["c"] = page.TabColor,
        }).ToList();
        var sections = edition.Pages.SelectMany((page, index) => page.SearchSections
            .Select(section => new object?[] { index, section.AnchorId, section.Heading, section.Text })).ToList();
        if (edition.Glossary.Count > 0)
        {
            // The glossary is one more page; each entry a section, found by its term, plural forms and definition.
            var glossaryPage = pages.Count;
            pages.Add(new Dictionary<string, string>
            {
                ["n"] = "",
                ["t"] = edition.Ui["glossary"],
                ["u"] = addressing.Link(home, Addressing.GlossaryFile(edition.Language)),
                ["c"] = Content.GuideSettings.NeutralTab,
            });
            sections.AddRange(edition.Glossary.Select(entry => new object?[]
            {
                glossaryPage, entry.Anchor, entry.Term, string.Join(' ', [.. entry.Plurals, entry.DefinitionText]),
            }));
        }

        var index = new Dictionary<string, object> { ["version"] = 1, ["language"] = edition.Language, ["pages"] = pages, ["sections"] = sections };
        return Script(JsonSerializer.SerializeToUtf8Bytes(index, Json));
    }

    /// <summary>The script around the JSON, made as one string: the index is megabytes on a big guide, and a copy per concatenation counted.</summary>
    private static string Script(byte[] json)
    {
        const string prefix = "window.GUIDE_SEARCH_INDEX = ", suffix = ";\n";
        var length = prefix.Length + Encoding.UTF8.GetCharCount(json) + suffix.Length;
        return string.Create(length, json, (chars, utf8) =>
        {
            prefix.CopyTo(chars);
            var written = Encoding.UTF8.GetChars(utf8, chars[prefix.Length..]);
            suffix.CopyTo(chars[(prefix.Length + written)..]);
        });
    }
}
