using System.Text.Json;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Search;

/// <summary>The search index carries each section's text as written, whatever characters it holds.</summary>
public sealed class SearchIndexTextTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void Quotes_backslashes_markup_and_any_language_come_back_as_written()
    {
        const string text = "Say \"hi\" \\ back `</script>` 1 < 2 & é ü ß 中文 \U0001F600 \u00a0: done";
        _guide.Write("en/02-beta.md", File.ReadAllText(_guide.PathOf("en/02-beta.md")) + $"\n## Odd characters\n\n{text}\n");

        var result = _guide.Build("site");

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var script = File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "search-index.js"));
        using var index = JsonDocument.Parse(script["window.GUIDE_SEARCH_INDEX = ".Length..^";\n".Length]);
        var pages = index.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("t").GetString()).ToList();
        var section = index.RootElement.GetProperty("sections").EnumerateArray().Single(s => s[1].GetString() == "odd-characters");
        section[0].GetInt32().ShouldBe(pages.IndexOf("Beta module"));
        section[2].GetString().ShouldBe("Odd characters");
        section[3].GetString().ShouldBe("Say “hi” \\ back </script> 1 < 2 & é ü ß 中文 \U0001F600 \u00a0: done");
    }
}
