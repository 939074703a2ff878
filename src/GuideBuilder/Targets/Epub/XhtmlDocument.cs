using System.Text;
using System.Xml;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// Writes one XHTML content document: well-formed by construction (an <see cref="XmlWriter"/>),
/// every text stripped of characters XML cannot hold.
/// </summary>
public sealed class XhtmlDocument : IDisposable
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public const string EpubNamespace = "http://www.idpf.org/2007/ops";

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Elements that cannot hold a span: a page-break marker waits for the next element that can.</summary>
    private static readonly HashSet<string> NoPhrasing = new(StringComparer.Ordinal)
    {
        "html", "head", "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "figure", "select", "optgroup", "hgroup",
    };

    private readonly MemoryStream _stream = new();
    private readonly XmlWriter _writer;
    private readonly Stack<string> _open = new();
    private readonly List<string> _pendingBreaks = [];
    private readonly List<string> _writtenBreaks = [];
    private Dictionary<string, IReadOnlyList<string>> _pageBreaks = new(StringComparer.Ordinal);

    public XhtmlDocument(string language, string title, string stylesheet, string? bodyClass = null, string? bodyType = null)
    {
        _writer = XmlWriter.Create(_stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n", Indent = false });
        _writer.WriteStartDocument();
        _writer.WriteDocType("html", null, null, null);
        _writer.WriteStartElement("html", XhtmlNamespace);
        _open.Push("html");
        _writer.WriteAttributeString("xmlns", "epub", null, EpubNamespace);
        Language(language);
        Start("head");
        Start("meta").Attribute("charset", "utf-8").End();
        Element("title", title);
        Start("link").Attribute("rel", "stylesheet").Attribute("type", "text/css").Attribute("href", stylesheet).End();
        End();
        Start("body").Attribute("class", bodyClass).Type(bodyType);
    }

    public static bool IsVoid(string element) => VoidElements.Contains(element);

    /// <summary>The page (label) of each page-break marker written, in reading order; its id is <see cref="PageBreakId"/>.</summary>
    public IReadOnlyList<string> PageBreaks => _writtenBreaks;

    public static string PageBreakId(string label) => "page-" + label;

    /// <summary>Printed pages that begin at an element: their markers are written as its first content, when its id is written.</summary>
    public XhtmlDocument WithPageBreaks(IReadOnlyDictionary<string, IReadOnlyList<string>> breaks)
    {
        _pageBreaks = new Dictionary<string, IReadOnlyList<string>>(breaks, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Writes the markers of the pages that begin here (with the next content); once, should an id be written twice.</summary>
    public XhtmlDocument PageBreaksAt(string key)
    {
        if (_pageBreaks.Remove(key, out var labels))
        {
            _pendingBreaks.AddRange(labels);
        }

        return this;
    }

    public XhtmlDocument Start(string element)
    {
        FlushPageBreaks();
        _writer.WriteStartElement(element, XhtmlNamespace);
        _open.Push(element);
        return this;
    }

    /// <summary>An attribute; none when the value is null.</summary>
    public XhtmlDocument Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _writer.WriteAttributeString(name, Clean(value));
            if (name == "id")
            {
                PageBreaksAt(value);
            }
        }

        return this;
    }

    /// <summary>The structural semantics of the element (epub:type); none when null.</summary>
    public XhtmlDocument Type(string? type)
    {
        if (type is not null)
        {
            _writer.WriteAttributeString("epub", "type", EpubNamespace, type);
        }

        return this;
    }

    /// <summary>Both lang and xml:lang, as EPUB asks of XHTML.</summary>
    public XhtmlDocument Language(string? language)
    {
        if (language is not null)
        {
            _writer.WriteAttributeString("lang", Clean(language));
            _writer.WriteAttributeString("xml", "lang", null, Clean(language));
        }

        return this;
    }

    public XhtmlDocument Text(string text)
    {
        FlushPageBreaks();
        _writer.WriteString(Clean(text));
        return this;
    }

    public XhtmlDocument Element(string element, string text, string? cssClass = null)
    {
        Start(element).Attribute("class", cssClass).Text(text);
        return End();
    }

    /// <summary>Closes the current element: a void element self-closed, every other with its end tag (an empty &lt;p/&gt; misleads HTML parsers).</summary>
    public XhtmlDocument End()
    {
        FlushPageBreaks();
        if (IsVoid(_open.Pop()))
        {
            _writer.WriteEndElement();
        }
        else
        {
            _writer.WriteFullEndElement();
        }

        return this;
    }

    public byte[] Finish()
    {
        FlushPageBreaks();
        _writer.WriteEndDocument();
        _writer.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    /// <summary>An empty span per pending page, with its number as its accessible name (EPUB 3 and DPUB-ARIA page-break markers).</summary>
    private void FlushPageBreaks()
    {
        if (_pendingBreaks.Count == 0 || _open.Count == 0 || NoPhrasing.Contains(_open.Peek()) || IsVoid(_open.Peek()))
        {
            return;
        }

        foreach (var label in _pendingBreaks)
        {
            var id = PageBreakId(label);
            _writer.WriteStartElement("span", XhtmlNamespace);
            _writer.WriteAttributeString("id", id);
            _writer.WriteAttributeString("epub", "type", EpubNamespace, "pagebreak");
            _writer.WriteAttributeString("role", "doc-pagebreak");
            _writer.WriteAttributeString("aria-label", Clean(label));
            _writer.WriteFullEndElement();
            _writtenBreaks.Add(label);
        }

        _pendingBreaks.Clear();
    }

    /// <summary>Text without the characters XML 1.0 forbids (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }

        return clean.ToString();
    }
}
