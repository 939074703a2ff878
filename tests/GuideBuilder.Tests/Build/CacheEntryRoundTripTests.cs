using System.Collections;
using System.Reflection;
using System.Text.Json;
using GuideBuilder.Build;
using GuideBuilder.Build.Cache;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Model;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// An entry of the disk cache reads back as exactly what was written: every member, public or not, of every
/// module, outline and page of a guide that uses voices, exercises, resources, figures, boxes, a glossary, an
/// index mark and cross-references, in the trainer edition (whose pages carry facilitator notes).
/// </summary>
public sealed class CacheEntryRoundTripTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private PreparedGuide Prepare()
    {
        _guide.Write("en/glossary.yml", "coverage:\n  term: coverage\n  definition: Who is *protected*.\n");
        _guide.Replace("en/02-beta.md", "Standards matter.",
            "::: case-study A case {#box-fund}\nA case.\n:::\n\n{^ Standards}Standards matter for [coverage](term:coverage): see [](ref:box-fund) and « [](ref:alpha) » — ça.");
        _guide.Replace("en/01-alpha.md", "    description: The floors recommendation.",
            "    description: The floors recommendation.\n  - title: The handout\n    type: publication\n    file: media/handouts/map-gaps.pdf\n    description: To print.");
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(_guide.Options("site") with { TrainerEdition = true }, diagnostics, SilentProgress.Instance);
        prepared.ShouldNotBeNull(string.Join("\n", diagnostics.Items));
        return prepared;
    }

    private static readonly IReadOnlyList<Diagnostic> Reported =
    [
        new(new SourceLocation("en/01-alpha.md", 12, 3), Severity.Warning, "GB012", "a message with \"quotes\" and <html>", "a hint"),
        new(SourceLocation.Option("--out"), Severity.Error, "GB001", "no hint"),
    ];

    [Fact]
    public void A_page_entry_reads_back_member_for_member()
    {
        var pages = Prepare().Document.Editions.SelectMany(e => e.Pages).ToList();
        pages.ShouldContain(p => p.IndexMarks.Count > 0);
        pages.ShouldContain(p => p.Exercises.Any(e => e.FacilitatorNotes != null && e.Handout != null));
        pages.ShouldContain(p => p.Resources.Any(r => r.File != null && r.FileSize != null));
        pages.ShouldContain(p => p.Body.Addresses.OfType<GuideBuilder.Model.Addresses.GlossaryAddress>().Any());
        foreach (var page in pages)
        {
            RoundTrip(new PageEntry(page, Reported), CacheJson.Entries.PageEntry);
        }
    }

    [Fact]
    public void A_module_entry_and_an_outline_entry_read_back_member_for_member()
    {
        var prepared = Prepare();
        var modules = prepared.Loaded.ModulesByLanguage.Values.SelectMany(m => m).ToList();
        modules.ShouldContain(m => m.Voices.Count > 0 && m.Exercises.Count > 0 && m.Resources.Count > 0);
        foreach (var module in modules)
        {
            RoundTrip(new ModuleEntry(module, Reported), CacheJson.Entries.ModuleEntry);
            var parsed = ParsedModule.Parse(module, new DiagnosticBag());
            RoundTrip(new OutlineEntry(parsed.Anchors, ReferenceTargets.Of(parsed), Reported), CacheJson.Entries.OutlineEntry);
        }

        RoundTrip(new ModuleEntry(null, Reported), CacheJson.Entries.ModuleEntry);
    }

    [Fact]
    public void A_lone_surrogate_from_a_yaml_escape_is_kept_or_the_entry_is_a_miss_never_changed()
    {
        var module = Prepare().Loaded.ModulesByLanguage["en"][0] with { Title = "A \uD800 title" };
        var folder = Path.Combine(_guide.Root, "cache-out");
        var cache = BuildCache.OnDisk(folder);
        cache.Module("0123abcd", new ModuleEntry(module, Reported));
        var read = BuildCache.OnDisk(folder).Module("0123abcd");
        if (read is not null)
        {
            read.Module!.Title.ShouldBe("A \uD800 title");
        }
    }

    private static void RoundTrip<T>(T entry, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry, type);
        var read = JsonSerializer.Deserialize(bytes, type);
        ShouldBeSame(read, entry, typeof(T).Name);
    }

    /// <summary>Compares every readable instance property, public or not, down to strings, numbers and enums.</summary>
    private static void ShouldBeSame(object? actual, object? expected, string path)
    {
        if (expected is null || actual is null)
        {
            actual.ShouldBe(expected, path);
            return;
        }

        // A list may come back as another list type; anything else as its own type.
        if (expected is string || expected is not IEnumerable)
        {
            actual.GetType().ShouldBe(expected.GetType(), path);
        }

        switch (expected)
        {
            case string or int or long or bool or Enum or SourceLocation:
                actual.ShouldBe(expected, path);
                return;
            case HtmlFragment fragment:
                ShouldBeSame(((HtmlFragment)actual).Chunks, fragment.Chunks, path);
                return;
            case SectionText section:
                var other = (SectionText)actual;
                (other.AnchorId, other.Heading).ShouldBe((section.AnchorId, section.Heading), path);
                other.Utf8Text.ToArray().ShouldBe(section.Utf8Text.ToArray(), path);
                return;
            case IEnumerable sequence:
                var expectedItems = sequence.Cast<object?>().ToList();
                var actualItems = ((IEnumerable)actual).Cast<object?>().ToList();
                actualItems.Count.ShouldBe(expectedItems.Count, path);
                for (var i = 0; i < expectedItems.Count; i++)
                {
                    ShouldBeSame(actualItems[i], expectedItems[i], $"{path}[{i}]");
                }

                return;
        }

        var properties = expected.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        foreach (var property in properties)
        {
            ShouldBeSame(property.GetValue(actual), property.GetValue(expected), $"{path}.{property.Name}");
        }
    }
}
