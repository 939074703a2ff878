using System.Text;

namespace GuideBuilder.Markdown;

/// <summary>
/// The plain text of one section of a module, for the search index. The text is kept as UTF-8, as
/// the index writes it: every page of every language keeps its sections for the whole build, and
/// the UTF-16 strings were twice the size (17 MB on a 99-module guide in three languages).
/// </summary>
public sealed class SectionText
{
    private readonly byte[] _text;

    public SectionText(string? anchorId, string? heading, string text)
        : this(anchorId, heading, Encoding.UTF8.GetBytes(text))
    {
    }

    internal SectionText(string? anchorId, string? heading, byte[] utf8Text)
    {
        AnchorId = anchorId;
        Heading = heading;
        _text = utf8Text;
    }

    public string? AnchorId { get; }

    public string? Heading { get; }

    public string Text => Encoding.UTF8.GetString(_text);

    /// <summary>The text as the search index writes it (not for templates: a theme gets <see cref="Text"/>).</summary>
    internal ReadOnlySpan<byte> Utf8Text => _text;
}
