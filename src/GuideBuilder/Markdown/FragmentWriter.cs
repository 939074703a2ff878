using GuideBuilder.Model.Addresses;
using Markdig.Renderers;

namespace GuideBuilder.Markdown;

/// <summary>
/// The writer Markdig renders into: literal HTML as Markdig writes it, and a typed address where
/// one of our renderers asks for it (a link, an image, a video), instead of a URL.
/// </summary>
internal sealed class FragmentWriter : StringWriter
{
    private readonly List<object> _chunks = [];

    public static void WriteAddress(HtmlRenderer renderer, Address address) =>
        (renderer.Writer as FragmentWriter ?? throw new InvalidOperationException("addresses are written only into a FragmentWriter")).Mark(address);

    /// <summary>Where the next HTML written starts, for <see cref="InsertAfterFirstTag"/>.</summary>
    public int Checkpoint()
    {
        Cut();
        return _chunks.Count;
    }

    /// <summary>Inserts HTML right after the first tag written since a checkpoint (a table's caption after its opening tag).</summary>
    public void InsertAfterFirstTag(int checkpoint, string html)
    {
        Cut();
        if (checkpoint < _chunks.Count && _chunks[checkpoint] is string first && first.IndexOf('>', StringComparison.Ordinal) is var end and >= 0)
        {
            _chunks[checkpoint] = first.Insert(end + 1, html);
        }
    }

    public HtmlFragment ToFragment()
    {
        Cut();
        return HtmlFragment.FromChunks([.. _chunks]);
    }

    private void Mark(Address address)
    {
        Cut();
        _chunks.Add(address);
    }

    private void Cut()
    {
        var builder = GetStringBuilder();
        if (builder.Length > 0)
        {
            _chunks.Add(builder.ToString());
            builder.Clear();
        }
    }
}
