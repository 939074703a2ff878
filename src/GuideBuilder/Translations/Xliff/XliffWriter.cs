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
            // Indented by hand: XmlWriter would also indent inside <source> and <target> when they start with a code, adding text to them.
            Indent = false,
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteWhitespace("\n");
            writer.WriteStartElement("xliff", XliffNames.Core);
            writer.WriteAttributeString("xmlns", "mda", null, XliffNames.Metadata);
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("srcLang", module.SourceLanguage);
            writer.WriteAttributeString("trgLang", module.TargetLanguage);
            Open(writer, 1, "file");
            writer.WriteAttributeString("id", MarkdownUnits.Token(module.ModuleId));
            writer.WriteAttributeString("original", module.SourceFile);
            WriteMetadata(writer, module);
            foreach (var unit in module.Units)
            {
                WriteUnit(writer, module, unit);
            }

            Close(writer, 1);
            Close(writer, 0);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteMetadata(XmlWriter writer, XliffModule module)
    {
        Open(writer, 2, "metadata", "mda", XliffNames.Metadata);
        Open(writer, 3, "metaGroup", "mda", XliffNames.Metadata);
        writer.WriteAttributeString("category", XliffNames.MetaGroup);
        Meta(writer, XliffNames.ModuleMeta, module.ModuleId);
        Meta(writer, XliffNames.FingerprintMeta, module.SourceFingerprint);
        Meta(writer, XliffNames.TargetFileMeta, module.TargetFile);
        if (module.IsGlossary)
        {
            Meta(writer, XliffNames.ContentMeta, XliffNames.GlossaryId);
            Close(writer, 3);
            Open(writer, 3, "metaGroup", "mda", XliffNames.Metadata);
            writer.WriteAttributeString("category", XliffNames.EntriesMetaGroup);
            foreach (var (id, fingerprint) in module.EntryFingerprints.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                Meta(writer, id, fingerprint);
            }
        }

        Close(writer, 3);
        Close(writer, 2);
    }

    private static void Meta(XmlWriter writer, string type, string value)
    {
        Open(writer, 4, "meta", "mda", XliffNames.Metadata);
        writer.WriteAttributeString("type", type);
        writer.WriteString(XmlText.Displayable(value));
        writer.WriteEndElement();
    }

    private static void WriteUnit(XmlWriter writer, XliffModule module, XliffUnit unit)
    {
        Open(writer, 2, "unit");
        writer.WriteAttributeString("id", unit.Id);
        Open(writer, 3, "notes");
        if (module.IsGlossary)
        {
            GlossaryNotes(writer, module, unit);
        }
        else
        {
            Note(writer, "module", $"{module.ModuleId} ({module.SourceFile})");
            Note(writer, "field", unit.FieldName);
            if (unit.Section is { Length: > 0 } section)
            {
                Note(writer, "section", section);
            }
        }

        Note(writer, "block", unit.Block);
        Close(writer, 3);
        if (unit.Codes.Count > 0)
        {
            Open(writer, 3, "originalData");
            foreach (var code in unit.Codes)
            {
                Data(writer, StartData(code), code.Start);
                if (code.Paired)
                {
                    Data(writer, EndData(code), code.End);
                }
            }

            Close(writer, 3);
        }

        var target = module.Targets.GetValueOrDefault(unit.Id);
        Open(writer, 3, "segment");
        writer.WriteAttributeString("state", target is null ? "initial" : "translated");
        Content(writer, "source", unit.Content, unit);
        if (target is not null)
        {
            Content(writer, "target", target, unit);
        }

        Close(writer, 3);
        Close(writer, 2);
    }

    /// <summary>The glossary file, the concept, the field (term, plural/1, definition) and, but for the term itself, the source term.</summary>
    private static void GlossaryNotes(XmlWriter writer, XliffModule module, XliffUnit unit)
    {
        Note(writer, "glossary", module.SourceFile);
        Note(writer, "entry", unit.Field[0]);
        Note(writer, "field", string.Join('/', unit.Field.Skip(1)));
        if (unit.Section is { Length: > 0 } term)
        {
            Note(writer, "term", term);
        }
    }

    private static void Note(XmlWriter writer, string category, string text)
    {
        Open(writer, 4, "note");
        writer.WriteAttributeString("category", category);
        writer.WriteString(XmlText.Displayable(text));
        writer.WriteEndElement();
    }

    private static void Data(XmlWriter writer, string id, string markdown)
    {
        Open(writer, 4, "data");
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        XmlText.Write(writer, markdown);
        writer.WriteEndElement();
    }

    private static void Content(XmlWriter writer, string name, IReadOnlyList<XliffPart> content, XliffUnit unit)
    {
        Open(writer, 4, name);
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

    private static void Open(XmlWriter writer, int depth, string name, string? prefix = null, string ns = XliffNames.Core)
    {
        writer.WriteWhitespace("\n" + new string(' ', depth * 2));
        writer.WriteStartElement(prefix, name, ns);
    }

    private static void Close(XmlWriter writer, int depth)
    {
        writer.WriteWhitespace("\n" + new string(' ', depth * 2));
        writer.WriteEndElement();
    }

    public static string StartData(XliffCode code) => $"d{code.Id}";

    public static string EndData(XliffCode code) => $"d{code.Id}e";
}
