using System.Text;
using System.Xml;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Writes an XLIFF 2.0 file with an <see cref="XmlWriter"/>: one <c>&lt;file&gt;</c> per module, one
/// <c>&lt;unit&gt;</c> per translatable text, notes for context, the Markdown of inline codes in
/// <c>&lt;originalData&gt;</c>. A character XML cannot hold is written as <c>&lt;cp hex="…"/&gt;</c>.
/// </summary>
public static class XliffWriter
{
    public static byte[] Write(XliffModule module)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("xliff", XliffNames.Core);
            writer.WriteAttributeString("xmlns", "mda", null, XliffNames.Metadata);
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("srcLang", module.SourceLanguage);
            writer.WriteAttributeString("trgLang", module.TargetLanguage);
            writer.WriteStartElement("file", XliffNames.Core);
            writer.WriteAttributeString("id", MarkdownUnits.Token(module.ModuleId));
            writer.WriteAttributeString("original", module.SourceFile);
            WriteMetadata(writer, module);
            foreach (var unit in module.Units)
            {
                WriteUnit(writer, module, unit);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteMetadata(XmlWriter writer, XliffModule module)
    {
        writer.WriteStartElement("mda", "metadata", XliffNames.Metadata);
        writer.WriteStartElement("mda", "metaGroup", XliffNames.Metadata);
        writer.WriteAttributeString("category", XliffNames.MetaGroup);
        Meta(writer, XliffNames.ModuleMeta, module.ModuleId);
        Meta(writer, XliffNames.FingerprintMeta, module.SourceFingerprint);
        Meta(writer, XliffNames.TargetFileMeta, module.TargetFile);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Meta(XmlWriter writer, string type, string value)
    {
        writer.WriteStartElement("mda", "meta", XliffNames.Metadata);
        writer.WriteAttributeString("type", type);
        writer.WriteString(XmlText.Displayable(value));
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, XliffModule module, XliffUnit unit)
    {
        writer.WriteStartElement("unit", XliffNames.Core);
        writer.WriteAttributeString("id", unit.Id);
        writer.WriteStartElement("notes", XliffNames.Core);
        Note(writer, "module", $"{module.ModuleId} ({module.SourceFile})");
        Note(writer, "field", unit.FieldName);
        if (unit.Section is { Length: > 0 } section)
        {
            Note(writer, "section", section);
        }

        Note(writer, "block", unit.Block);
        writer.WriteEndElement();
        if (unit.Codes.Count > 0)
        {
            writer.WriteStartElement("originalData", XliffNames.Core);
            foreach (var code in unit.Codes)
            {
                Data(writer, StartData(code), code.Start);
                if (code.Paired)
                {
                    Data(writer, EndData(code), code.End);
                }
            }

            writer.WriteEndElement();
        }

        var target = module.Targets.GetValueOrDefault(unit.Id);
        writer.WriteStartElement("segment", XliffNames.Core);
        writer.WriteAttributeString("state", target is null ? "initial" : "translated");
        Content(writer, "source", unit.Content, unit);
        if (target is not null)
        {
            Content(writer, "target", target, unit);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Note(XmlWriter writer, string category, string text)
    {
        writer.WriteStartElement("note", XliffNames.Core);
        writer.WriteAttributeString("category", category);
        writer.WriteString(XmlText.Displayable(text));
        writer.WriteEndElement();
    }

    private static void Data(XmlWriter writer, string id, string markdown)
    {
        writer.WriteStartElement("data", XliffNames.Core);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        XmlText.Write(writer, markdown);
        writer.WriteEndElement();
    }

    private static void Content(XmlWriter writer, string name, IReadOnlyList<XliffPart> content, XliffUnit unit)
    {
        writer.WriteStartElement(name, XliffNames.Core);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        Parts(writer, content, unit);
        writer.WriteEndElement();
    }

    private static void Parts(XmlWriter writer, IReadOnlyList<XliffPart> parts, XliffUnit unit)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case XliffText text:
                    XmlText.Write(writer, text.Text);
                    break;
                case XliffPlaceholder placeholder when unit.Code(placeholder.Id) is { } code:
                    writer.WriteStartElement("ph", XliffNames.Core);
                    writer.WriteAttributeString("id", code.Id);
                    writer.WriteAttributeString("dataRef", StartData(code));
                    writer.WriteAttributeString("canCopy", "no");
                    writer.WriteAttributeString("canDelete", "no");
                    writer.WriteAttributeString("disp", XmlText.Displayable(code.Start));
                    TypeAttributes(writer, code);
                    writer.WriteEndElement();
                    break;
                case XliffPaired paired when unit.Code(paired.Id) is { } code:
                    writer.WriteStartElement("pc", XliffNames.Core);
                    writer.WriteAttributeString("id", code.Id);
                    writer.WriteAttributeString("dataRefStart", StartData(code));
                    writer.WriteAttributeString("dataRefEnd", EndData(code));
                    writer.WriteAttributeString("canCopy", "no");
                    writer.WriteAttributeString("canDelete", "no");
                    writer.WriteAttributeString("canOverlap", "no");
                    TypeAttributes(writer, code);
                    Parts(writer, paired.Children, unit);
                    writer.WriteFullEndElement();
                    break;
            }
        }
    }

    private static void TypeAttributes(XmlWriter writer, XliffCode code)
    {
        if (code.Type is { } type)
        {
            writer.WriteAttributeString("type", type);
            if (code.SubType is { } subType)
            {
                writer.WriteAttributeString("subType", subType);
            }
        }
    }

    public static string StartData(XliffCode code) => $"d{code.Id}";

    public static string EndData(XliffCode code) => $"d{code.Id}e";
}
