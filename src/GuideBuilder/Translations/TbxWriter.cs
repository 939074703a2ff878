using System.Text;
using System.Xml;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Glossary;
using GuideBuilder.Markdown;
using GuideBuilder.Model;

namespace GuideBuilder.Translations;

/// <summary>
/// The glossary of a language pair as a TBX file (ISO 30042:2019, TBX v3 core structure, TBX-Basic
/// dialect), for the termbase of a CAT tool: one conceptEntry per concept id, a langSec per
/// language with its definition as plain text, and a termSec for the term and one for each plural
/// form. A target entry that is missing or still being translated is left out, so the termbase
/// never offers the source text as a translation. No TBX library is on the package mirror; the
/// format is small and written here with an XmlWriter.
/// </summary>
public static class TbxWriter
{
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";

    public static string Write(string title, GlossaryFile source, GlossaryFile? target)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("tbx", Namespace);
            xml.WriteAttributeString("type", "TBX-Basic");
            xml.WriteAttributeString("style", "dca");
            xml.WriteAttributeString("xml", "lang", null, source.Language);
            Header(xml, title, source, target);
            xml.WriteStartElement("text");
            xml.WriteStartElement("body");
            foreach (var entry in source.Entries)
            {
                xml.WriteStartElement("conceptEntry");
                xml.WriteAttributeString("id", entry.Id);
                LanguageSection(xml, entry);
                if (target?.Find(entry.Id) is { } translation && TranslationStates.Of(entry, translation) != TranslationState.InProgress)
                {
                    LanguageSection(xml, translation);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString() + "\n";
    }

    private static void Header(XmlWriter xml, string title, GlossaryFile source, GlossaryFile? target)
    {
        xml.WriteStartElement("tbxHeader");
        xml.WriteStartElement("fileDesc");
        xml.WriteStartElement("titleStmt");
        xml.WriteElementString("title", title);
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc");
        xml.WriteElementString("p", target is null ? source.RelativePath : $"{source.RelativePath}, {target.RelativePath}");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void LanguageSection(XmlWriter xml, GlossaryEntry entry)
    {
        xml.WriteStartElement("langSec");
        xml.WriteAttributeString("xml", "lang", null, entry.Language);
        xml.WriteStartElement("descrip");
        xml.WriteAttributeString("type", "definition");
        xml.WriteString(PlainDefinition(entry));
        xml.WriteEndElement();
        TermSection(xml, entry.Term, null);
        foreach (var plural in entry.Plurals)
        {
            TermSection(xml, plural, "plural");
        }

        xml.WriteEndElement();
    }

    private static void TermSection(XmlWriter xml, string term, string? number)
    {
        xml.WriteStartElement("termSec");
        xml.WriteElementString("term", term);
        if (number is not null)
        {
            xml.WriteStartElement("termNote");
            xml.WriteAttributeString("type", "grammaticalNumber");
            xml.WriteString(number);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The definition's text without Markdown: a termbase shows plain text.</summary>
    public static string PlainDefinition(GlossaryEntry entry) =>
        MarkdownPoints.Text(MarkdownParser.Parse(new LocatedText(entry.Definition.Text, entry.Definition.Location), new DiagnosticBag()), entry.Language);

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
