using System.Text;
using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Markdown;

/// <summary>
/// HTML the build made (rendered Markdown, a rendered partial): literal HTML interleaved with
/// typed addresses. A target writes it for one page by concatenation, resolving each address;
/// what an author wrote only ever lands, escaped, inside the literal HTML, so it cannot become an address.
/// The theme writes a fragment as it is; every other value it escapes.
/// </summary>
public sealed class HtmlFragment
{
    public static readonly HtmlFragment Empty = new([]);

    // Each chunk is a string of literal HTML or an Address.
    private readonly IReadOnlyList<object> _chunks;

    private HtmlFragment(IReadOnlyList<object> chunks) => _chunks = chunks;

    /// <summary>HTML the build wrote itself and trusts (never text from the content).</summary>
    internal static HtmlFragment Trusted(string html) => new([html]);

    internal static HtmlFragment FromChunks(IReadOnlyList<object> chunks) => new(chunks);

    /// <summary>Each literal HTML string and each address, in order (the build cache stores them so).</summary>
    internal IReadOnlyList<object> Chunks => _chunks;

    public IEnumerable<Address> Addresses => _chunks.OfType<Address>();

    /// <summary>The HTML with every address left empty: for reading the text back (slides), never for a page.</summary>
    public string Markup => Resolve(EmptyAddresses.Instance);

    /// <summary>The HTML of one page: every address written as the URL the resolver gives for it, escaped for an attribute value.</summary>
    public string Resolve(IAddressResolver resolver)
    {
        var html = new StringBuilder();
        WriteTo(resolver, text => html.Append(text));
        return html.ToString();
    }

    /// <summary>
    /// Writes the HTML of one page (<see cref="Resolve"/>) piece by piece: a theme writes a page's
    /// rendered Markdown into its output without first making it one string (often a large object).
    /// </summary>
    public void WriteTo(IAddressResolver resolver, Action<string> write)
    {
        foreach (var chunk in _chunks)
        {
            write(chunk is Address address ? HtmlText.Escape(address.ResolveWith(resolver)) : (string)chunk);
        }
    }

    /// <summary>The same fragment with its literal HTML rewritten (the addresses stay typed).</summary>
    public HtmlFragment MapLiterals(Func<string, string> map) =>
        new([.. _chunks.Select(chunk => chunk is string literal ? map(literal) : chunk)]);

    /// <summary>Markdown of one paragraph (a quote) without the enclosing &lt;p&gt;.</summary>
    public HtmlFragment WithoutParagraph()
    {
        var literals = _chunks.OfType<string>().ToList();
        if (_chunks.Count == 0 || _chunks[0] is not string first || _chunks[^1] is not string last)
        {
            return this;
        }

        var trimmed = _chunks.ToList();
        trimmed[0] = first.TrimStart();
        trimmed[^1] = ((string)trimmed[^1]).TrimEnd();
        var opening = ((string)trimmed[0]).StartsWith("<p>", StringComparison.Ordinal);
        var closing = ((string)trimmed[^1]).EndsWith("</p>", StringComparison.Ordinal);
        var single = literals.Sum(l => Count(l, "<p>")) == 1;
        if (!opening || !closing || !single)
        {
            return new HtmlFragment(trimmed);
        }

        trimmed[0] = ((string)trimmed[0])[3..];
        trimmed[^1] = ((string)trimmed[^1])[..^4];
        return new HtmlFragment(trimmed);
    }

    public override string ToString() => Markup;

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
