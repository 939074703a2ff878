using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Translations.Xliff;

/// <summary>Exports, edits as a CAT tool would, and imports XLIFF files of a <see cref="TempGuide"/>.</summary>
public static class XliffFiles
{
    public static readonly XNamespace Xlf = "urn:oasis:names:tc:xliff:document:2.0";

    public static string Export(TempGuide guide, string language, params string[] modules)
    {
        var folder = Path.Combine(guide.Root, "xliff-" + language);
        var (code, _, errors) = CliRunner.Run(["translations", "export", language, .. modules, "--format", "xliff", "--out", folder, "--content", guide.Content]);
        code.ShouldBe(0, errors);
        return folder;
    }

    public static (int Code, string Out, string Err) Import(TempGuide guide, params string[] arguments) =>
        CliRunner.Run(["translations", "import", .. arguments, "--content", guide.Content]);

    public static XDocument Load(string path) => XDocument.Load(path, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);

    /// <summary>Saves the file, reads it again, and gives the line and column (of its '&lt;') of the element <paramref name="find"/> picks.</summary>
    public static (int Line, int Column) Save(XDocument document, string path, Func<XDocument, XElement> find)
    {
        document.Save(path, SaveOptions.DisableFormatting);
        var element = (IXmlLineInfo)find(Load(path));
        return (element.LineNumber, element.LinePosition - 1);
    }

    public static IEnumerable<XElement> Units(XDocument document) => document.Descendants(Xlf + "unit");

    public static XElement Unit(XDocument document, string id) => Units(document).Single(u => (string?)u.Attribute("id") == id);

    public static XElement Segment(XElement unit) => unit.Element(Xlf + "segment")!;

    /// <summary>Gives every unit without a target one made as a translator would: the source's codes kept, its text changed.</summary>
    public static XDocument Fill(XDocument document, Func<string, string> translate)
    {
        foreach (var segment in document.Descendants(Xlf + "segment").Where(s => s.Element(Xlf + "target") is null))
        {
            var target = new XElement(segment.Element(Xlf + "source")!) { Name = Xlf + "target" };
            foreach (var text in target.DescendantNodes().OfType<XText>().ToList())
            {
                text.Value = translate(text.Value);
            }

            segment.Add(target);
            segment.SetAttributeValue("state", "translated");
        }

        return document;
    }

    public static string Shout(string text) => text.ToUpperInvariant();

    public static void FillFile(string path, Func<string, string> translate) =>
        Fill(Load(path), translate).Save(path, SaveOptions.DisableFormatting);

    public static string StateOf(TempGuide guide, string language, string module)
    {
        var (code, output, errors) = CliRunner.Run("translations", "--format", "json", "--lang", language, "--content", guide.Content);
        code.ShouldBe(0, errors);
        return JsonDocument.Parse(output).RootElement.GetProperty("modules").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == module).GetProperty("state").GetString()!;
    }
}
