using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Translations.Xliff;

/// <summary>
/// Reads an XLIFF 2 file back with <see cref="XDocument"/> (no DTD, no external entities): its
/// languages, its modules and their units, sources and targets as content parts. Anything that
/// is not XLIFF 2 as GuideBuilder writes it is reported at its line and column.
/// </summary>
public sealed class XliffReader(string displayPath, DiagnosticBag diagnostics)
{
    public IReadOnlyList<ImportedModule>? Read(Stream stream)
    {
        var document = Load(stream);
        if (document?.Root is not { } root)
        {
            return null;
        }

        if (root.Name != XliffNames.Xlf + "xliff" || !((string?)root.Attribute("version") ?? "").StartsWith("2.", StringComparison.Ordinal))
        {
            Error(root, DiagnosticCodes.XliffNotXliff2, $"this is not an XLIFF 2 file (the root is <{root.Name.LocalName}> in '{root.Name.NamespaceName}', version '{(string?)root.Attribute("version")}')",
                $"import the files 'guide translations export' wrote, kept as XLIFF 2.0 ({XliffNames.Core}); a CAT tool can save them back in that version");
            return null;
        }

        var sourceLanguage = Required(root, "srcLang");
        var targetLanguage = Required(root, "trgLang");
        if (sourceLanguage is null || targetLanguage is null)
        {
            return null;
        }

        var modules = new List<ImportedModule>();
        foreach (var file in root.Elements(XliffNames.Xlf + "file"))
        {
            var meta = file.Element(XliffNames.Mda + "metadata")?.Elements(XliffNames.Mda + "metaGroup")
                .Where(g => (string?)g.Attribute("category") == XliffNames.MetaGroup)
                .SelectMany(g => g.Elements(XliffNames.Mda + "meta"))
                .GroupBy(m => (string?)m.Attribute("type") ?? "")
                .ToDictionary(g => g.Key, g => g.First().Value);
            if (meta?.GetValueOrDefault(XliffNames.ModuleMeta) is not { Length: > 0 } module || meta.GetValueOrDefault(XliffNames.FingerprintMeta) is not { Length: > 0 } fingerprint)
            {
                Error(file, DiagnosticCodes.XliffNotXliff2, "this <file> does not say which module and which version of the source it holds (its mda:metadata was removed)",
                    "import the files as 'guide translations export' wrote them; a CAT tool keeps the metadata when it saves");
                continue;
            }

            var units = file.Descendants(XliffNames.Xlf + "unit").Select(ReadUnit).OfType<ImportedUnit>().ToList();
            var isGlossary = meta.GetValueOrDefault(XliffNames.ContentMeta) == XliffNames.GlossaryId;
            modules.Add(new ImportedModule(module, fingerprint, sourceLanguage, targetLanguage, At(file), units)
            {
                IsGlossary = isGlossary,
                EntryFingerprints = isGlossary ? EntryFingerprints(file) : new Dictionary<string, string>(),
            });
        }

        if (modules.Count == 0 && !diagnostics.HasErrors)
        {
            Error(root, DiagnosticCodes.XliffNotXliff2, "this XLIFF file holds no <file> with units", "import the files 'guide translations export' wrote");
        }

        return modules;
    }

    private static Dictionary<string, string> EntryFingerprints(XElement file) =>
        file.Element(XliffNames.Mda + "metadata")?.Elements(XliffNames.Mda + "metaGroup")
            .Where(g => (string?)g.Attribute("category") == XliffNames.EntriesMetaGroup)
            .SelectMany(g => g.Elements(XliffNames.Mda + "meta"))
            .GroupBy(m => (string?)m.Attribute("type") ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal) ?? [];

    private XDocument? Load(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException error)
        {
            var at = error.LineNumber > 0 ? (error.LineNumber, error.LinePosition) : DoctypePosition(stream);
            var message = error.Message.Split(". ")[0].Split(" Line ")[0].TrimEnd('.', ',');
            diagnostics.Error(new SourceLocation(displayPath, Math.Max(at.Item1, 1), Math.Max(at.Item2, 1)), DiagnosticCodes.XliffNotXliff2,
                $"this is not a readable XLIFF 2 file: {message}",
                "import the XLIFF files that 'guide translations export' wrote, after translation; a file with a DTD is refused");
            return null;
        }
    }

    /// <summary>Where the DTD starts: .NET refuses one without saying where.</summary>
    private static (int, int) DoctypePosition(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return (1, 1);
        }

        stream.Position = 0;
        var text = new StreamReader(stream).ReadToEnd();
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return (1, 1);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        return (1 + text.AsSpan(0, lineStart).Count('\n'), at - lineStart + 1);
    }

    private ImportedUnit? ReadUnit(XElement unit)
    {
        var id = (string?)unit.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            Error(unit, DiagnosticCodes.XliffNotXliff2, "a <unit> without an id", "import the files as 'guide translations export' wrote them");
            return null;
        }

        var data = unit.Element(XliffNames.Xlf + "originalData")?.Elements(XliffNames.Xlf + "data")
            .GroupBy(d => (string?)d.Attribute("id") ?? "").ToDictionary(g => g.Key, g => DataText(g.First())) ?? [];
        var pieces = unit.Elements().Where(e => e.Name == XliffNames.Xlf + "segment" || e.Name == XliffNames.Xlf + "ignorable").ToList();
        var source = new List<XliffPart>();
        var sourceCodes = new List<XliffCode>();
        var sourceUses = new List<CodeUse>();
        List<XliffPart>? target = null;
        var targetUses = new List<CodeUse>();
        var targetAt = At(unit);
        foreach (var piece in pieces)
        {
            if (piece.Element(XliffNames.Xlf + "source") is { } sourceElement)
            {
                source.AddRange(Parts(sourceElement, sourceUses, []));
                sourceCodes.AddRange(Codes(sourceElement, data));
            }

            if (piece.Element(XliffNames.Xlf + "target") is { } targetElement)
            {
                targetAt = target is null ? At(targetElement) : targetAt;
                target ??= [];
                target.AddRange(Parts(targetElement, targetUses, []));
            }
            else if (piece.Name.LocalName == "ignorable" && piece.Element(XliffNames.Xlf + "source") is { } ignored && target is not null)
            {
                target.AddRange(Parts(ignored, [], []));
            }
        }

        return new ImportedUnit(id, At(unit), InlineCodes.Tidy(source), sourceCodes, target is null ? null : InlineCodes.Tidy(target), targetAt, targetUses);
    }

    private List<XliffCode> Codes(XElement content, Dictionary<string, string> data) =>
        [.. content.Descendants().Where(e => e.Name == XliffNames.Xlf + "ph" || e.Name == XliffNames.Xlf + "pc").Select(e => new XliffCode(
            (string?)e.Attribute("id") ?? "",
            e.Name.LocalName == "pc",
            data.GetValueOrDefault((string?)e.Attribute(e.Name.LocalName == "pc" ? "dataRefStart" : "dataRef") ?? "") ?? "",
            data.GetValueOrDefault((string?)e.Attribute("dataRefEnd") ?? "") ?? "",
            null,
            null,
            false))];

    private List<XliffPart> Parts(XElement container, List<CodeUse> uses, IReadOnlyList<string> enclosing)
    {
        var parts = new List<XliffPart>();
        foreach (var node in container.Nodes())
        {
            switch (node)
            {
                case XText text:
                    parts.Add(new XliffText(text.Value));
                    break;
                case XElement element:
                    parts.AddRange(Element(element, uses, enclosing));
                    break;
            }
        }

        return parts;
    }

    private IEnumerable<XliffPart> Element(XElement element, List<CodeUse> uses, IReadOnlyList<string> enclosing)
    {
        var id = (string?)element.Attribute("id") ?? "";
        switch (element.Name.LocalName)
        {
            case "ph" when element.Name.Namespace == XliffNames.Xlf:
                uses.Add(new CodeUse(id, false, At(element), enclosing, false));
                return [new XliffPlaceholder(id)];
            case "pc" when element.Name.Namespace == XliffNames.Xlf:
                var children = Parts(element, uses, [.. enclosing, id]);
                uses.Add(new CodeUse(id, true, At(element), enclosing, children.Any(c => c is not XliffText { Text: var t } || t.Trim().Length > 0)));
                return [new XliffPaired(id, children)];
            case "cp" when element.Name.Namespace == XliffNames.Xlf:
                return CodePoint(element);
            case "mrk" or "sm" or "em" when element.Name.Namespace == XliffNames.Xlf:
                return Parts(element, uses, enclosing); // annotations (terms, comments) a CAT tool may add: their text is kept
            default:
                Error(element, DiagnosticCodes.XliffCodeMismatch, $"<{element.Name.LocalName}> is not an inline code this unit had",
                    "keep the inline codes of the source as <ph/> and <pc>…</pc>; a CAT tool that splits a <pc> into <sc/> and <ec/> must put it back");
                return [];
        }
    }

    private IEnumerable<XliffPart> CodePoint(XElement element)
    {
        if (int.TryParse((string?)element.Attribute("hex"), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            return [new XliffText(char.ConvertFromUtf32(code))];
        }

        Error(element, DiagnosticCodes.XliffNotXliff2, $"<cp hex=\"{(string?)element.Attribute("hex")}\"/> is not a character", "a <cp/> holds the hexadecimal number of one Unicode character");
        return [];
    }

    private string DataText(XElement data) => string.Concat(data.Nodes().Select(n => n switch
    {
        XText text => text.Value,
        XElement cp when cp.Name == XliffNames.Xlf + "cp" => string.Concat(CodePoint(cp).OfType<XliffText>().Select(t => t.Text)),
        _ => "",
    }));

    private string? Required(XElement root, string attribute)
    {
        if ((string?)root.Attribute(attribute) is { Length: > 0 } value)
        {
            return value;
        }

        Error(root, DiagnosticCodes.XliffNotXliff2, $"<xliff> has no {attribute}", $"an XLIFF 2 file names its languages: srcLang=\"en\" trgLang=\"fr\"");
        return null;
    }

    public SourceLocation At(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceLocation(displayPath, info.LineNumber, Math.Max(info.LinePosition - (node is XElement ? 1 : 0), 1))
            : SourceLocation.File(displayPath);

    private void Error(XObject at, string code, string message, string hint) => diagnostics.Error(At(at), code, message, hint);
}
