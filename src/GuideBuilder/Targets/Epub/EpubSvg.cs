using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GuideBuilder.Targets.Epub;

/// <summary>
/// SVG figures as an EPUB holds them: EPUB's SVG schema (SVG 1.1) has no xml:lang or lang, which
/// the guide's figures carry for the site's screen readers; the book says the language of the
/// document around them. A file that does not parse is copied as it is.
/// </summary>
public static class EpubSvg
{
    public static byte[] ForBook(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var svg = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
            var languages = svg.Descendants().Attributes().Where(a => a.Name == XNamespace.Xml + "lang" || a.Name == "lang").ToList();
            if (languages.Count == 0)
            {
                return bytes;
            }

            languages.ForEach(a => a.Remove());
            using var output = new MemoryStream();
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            {
                svg.Save(writer);
            }

            return output.ToArray();
        }
        catch (XmlException)
        {
            return bytes;
        }
    }
}
