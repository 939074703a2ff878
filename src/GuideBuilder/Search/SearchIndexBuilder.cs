using System.Buffers;
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

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Build(GuideEdition edition, Addressing addressing)
    {
        var home = Addressing.HomeFile(edition.Language);
        var json = new ArrayBufferWriter<byte>(EstimatedSize(edition));
        using (var writer = new Utf8JsonWriter(json, Json))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("language", edition.Language);
            writer.WriteStartArray("pages");
            foreach (var page in edition.Pages)
            {
                Page(writer, page.IsModule ? edition.Ui.Format("module_number", ("number", page.Number)) : "", page.Title,
                    addressing.Link(home, Addressing.PageFile(edition.Language, page)), page.TabColor);
            }

            if (edition.Glossary.Count > 0)
            {
                // The glossary is one more page; each entry a section, found by its term, plural forms and definition.
                Page(writer, "", edition.Ui["glossary"], addressing.Link(home, Addressing.GlossaryFile(edition.Language)), Content.GuideSettings.NeutralTab);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sections");
            for (var index = 0; index < edition.Pages.Count; index++)
            {
                foreach (var section in edition.Pages[index].SearchSections)
                {
                    Section(writer, index, section.AnchorId, section.Heading);
                    writer.WriteStringValue(section.Utf8Text);
                    writer.WriteEndArray();
                }
            }

            foreach (var entry in edition.Glossary)
            {
                Section(writer, edition.Pages.Count, entry.Anchor, entry.Term);
                writer.WriteStringValue(string.Join(' ', [.. entry.Plurals, entry.DefinitionText]));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Script(json.WrittenSpan);
    }

    private static void Page(Utf8JsonWriter writer, string number, string title, string url, string colour)
    {
        writer.WriteStartObject();
        writer.WriteString("n", number);
        writer.WriteString("t", title);
        writer.WriteString("u", url);
        writer.WriteString("c", colour);
        writer.WriteEndObject();
    }

    /// <summary>Opens a section's array with its page, anchor and heading; its text comes next.</summary>
    private static void Section(Utf8JsonWriter writer, int page, string? anchor, string? heading)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(page);
        writer.WriteStringValue(anchor);
        writer.WriteStringValue(heading);
    }

    /// <summary>About the index's size, so that its buffer is made once rather than grown by doubling.</summary>
    private static int EstimatedSize(GuideEdition edition) =>
        (int)Math.Min(int.MaxValue / 2, 4096 + edition.Pages.Sum(page => 256L + page.SearchSections.Sum(section => 128L + section.Utf8Text.Length)) * 11 / 10);

    /// <summary>The script around the JSON, made as one string: the index is megabytes on a big guide, and a copy per concatenation counted.</summary>
    private static string Script(ReadOnlySpan<byte> json)
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
