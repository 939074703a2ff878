using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuideBuilder.Build.Cache;

/// <summary>
/// How the disk cache writes its entries: System.Text.Json with generated (not reflected) metadata, which
/// costs no start-up time, and which reads back exactly what it wrote: the two converters keep a rendered
/// fragment's typed addresses and a search section's UTF-8 bytes as they were. Every required member and
/// non-nullable reference must be there, so an entry of another shape is a miss, never a page with a hole.
/// </summary>
[JsonSerializable(typeof(FileEntry))]
[JsonSerializable(typeof(ModuleEntry))]
[JsonSerializable(typeof(OutlineEntry))]
[JsonSerializable(typeof(PageEntry))]
[JsonSerializable(typeof(LayoutEntry))]
[JsonSerializable(typeof(Model.Addresses.Address))]
[JsonSerializable(typeof(Targets.Slides.SlideDeck))]
internal sealed partial class CacheJson : JsonSerializerContext
{
    /// <summary>
    /// The context the cache uses: it never escapes HTML or non-ASCII text (an entry is never embedded in a
    /// page), so French and Spanish pages and their markup are stored as they are, not as \u escapes.
    /// </summary>
    public static CacheJson Entries { get; } = new(new JsonSerializerOptions
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new WholeStringJsonConverter(), new HtmlFragmentJsonConverter(), new SectionTextJsonConverter(), new StringSetJsonConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
