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

    private readonly MemoryStream _stream = new();
    private readonly XmlWriter _writer;
    private readonly Stack<string> _open = new();

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

    public XhtmlDocument Start(string element)
    {
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
        _writer.WriteEndDocument();
        _writer.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
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
