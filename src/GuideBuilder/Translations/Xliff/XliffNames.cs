using System.Xml.Linq;

namespace GuideBuilder.Translations.Xliff;

/// <summary>The XML names of XLIFF 2 core and of its metadata module, and the metadata GuideBuilder records.</summary>
public static class XliffNames
{
    public const string Core = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Metadata = "urn:oasis:names:tc:xliff:metadata:2.0";
    public const string MetaGroup = "guidebuilder";
    public const string ModuleMeta = "module";
    public const string FingerprintMeta = "source-fingerprint";
    public const string TargetFileMeta = "target-file";

    /// <summary>The meta that says a file holds the glossary, not a module; its module meta is then <see cref="GlossaryId"/>.</summary>
    public const string ContentMeta = "content";
    public const string GlossaryId = "glossary";

    /// <summary>The meta group of a glossary export with each entry's fingerprint, the concept id as its type.</summary>
    public const string EntriesMetaGroup = "guidebuilder-glossary-entries";

    public static readonly XNamespace Xlf = Core;
    public static readonly XNamespace Mda = Metadata;
}
