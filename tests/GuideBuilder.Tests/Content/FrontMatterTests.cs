using GuideBuilder.Content;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Tests.Content;

/// <summary>A module file is split into its front matter, its body and the line the body starts on, whatever its line ends.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\nid: a\ntitle: A\n---\nBody\ntext\n", "id: a\ntitle: A", "Body\ntext\n", 5)]
    [InlineData("---\r\nid: a\r\n---\r\nBody", "id: a\r", "Body", 4)]
    [InlineData("---\n---\n", "", "", 3)]
    [InlineData("---\n---", "", "", 3)]
    [InlineData("---  \nid: a\n...\n\n# Heading", "id: a", "\n# Heading", 4)]
    [InlineData("---\nid: a\n\n---\n", "id: a\n", "", 5)]
    public void The_yaml_and_the_body_are_split_at_the_closing_line(string text, string yaml, string body, int bodyLine)
    {
        var split = FrontMatter.Split(text, "m.md", new DiagnosticBag()).ShouldNotBeNull();

        split.Yaml.ShouldBe(yaml);
        split.Body.ShouldBe(body);
        split.BodyStartLine.ShouldBe(bodyLine);
    }

    [Theory]
    [InlineData("", "does not start with front matter")]
    [InlineData("# Title\n---\n", "does not start with front matter")]
    [InlineData("---", "is not closed")]
    [InlineData("---\n", "is not closed")]
    [InlineData("---\nid: a\n--- x\n", "is not closed")]
    public void A_file_without_closed_front_matter_is_reported(string text, string message)
    {
        var diagnostics = new DiagnosticBag();

        FrontMatter.Split(text, "m.md", diagnostics).ShouldBeNull();

        diagnostics.Items.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Fact]
    public void Random_files_split_as_their_lines_do()
    {
        string[] lines = ["---", "--- ", "...", "id: a", "", "\r", "---\r", "text ---", "👩🏽‍🌾 é"];
        var random = new Random(2026);
        for (var round = 0; round < 500; round++)
        {
            var text = string.Join('\n', Enumerable.Range(0, random.Next(1, 8)).Select(_ => lines[random.Next(lines.Length)]));
            var split = FrontMatter.Split(text, "m.md", new DiagnosticBag());
            var all = text.Split('\n');
            var closing = all[0].TrimEnd() == "---" ? Array.FindIndex(all, 1, l => l.TrimEnd() is "---" or "...") : -1;
            if (closing < 0)
            {
                split.ShouldBeNull(text);
                continue;
            }

            split.ShouldNotBeNull(text);
            split.Yaml.ShouldBe(string.Join('\n', all[1..closing]), text);
            split.Body.ShouldBe(string.Join('\n', all[(closing + 1)..]), text);
            split.BodyStartLine.ShouldBe(closing + 2, text);
        }
    }
}
