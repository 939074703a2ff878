using System.Diagnostics;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Translations;

public sealed class SourceDiffTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private const string Before = """
        ---
        title: Alpha
        summary: The first
          module of the guide.
        ---

        Migrants face gaps in social protection
        when they move between countries.

        - Pensions are
          hard to export.
        - Health care stops.
        """;

    [Fact]
    public void Rewrapping_alone_gives_no_diff()
    {
        var rewrapped = Before.Replace("The first\n  module", "The first module", StringComparison.Ordinal)
            .Replace("protection\nwhen", "protection when", StringComparison.Ordinal)
            .Replace("Pensions are\n  hard", "Pensions   are hard", StringComparison.Ordinal)
            .Replace("\n\n-", "\n\n\n-", StringComparison.Ordinal);
        SourceDiff.Between(Before, rewrapped, "en/01-alpha.md").ShouldBeEmpty();
    }

    [Fact]
    public void A_changed_word_in_a_rewrapped_paragraph_shows_that_paragraph_only()
    {
        var edited = Before.Replace("protection\nwhen they move", "protection when\nthey often move", StringComparison.Ordinal);
        var diff = SourceDiff.Between(Before, edited, "en/01-alpha.md");
        var changed = diff.Split('\n').Where(l => (l.StartsWith('-') || l.StartsWith('+')) && !l.StartsWith("---", StringComparison.Ordinal) && !l.StartsWith("+++", StringComparison.Ordinal)).ToList();
        changed.ShouldBe([
            "-Migrants face gaps in social protection when they move between countries.",
            "+Migrants face gaps in social protection when they often move between countries.",
        ]);
        diff.ShouldContain("en/01-alpha.md (translated from)");
    }

    [Fact]
    public void List_items_and_front_matter_fields_stay_on_their_own_lines()
    {
        var lines = SourceDiff.Reflow(Before).Split('\n');
        lines.ShouldContain("summary: The first module of the guide.");
        lines.ShouldContain("- Pensions are hard to export.");
        lines.ShouldContain("- Health care stops.");
    }

    [Fact]
    public void Translations_diff_lists_the_changed_items_and_prints_the_reflowed_diff()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first");
        CliRunner.Run("translations", "stamp", "fr/01-alpha.md", "--content", _guide.Content).Code.ShouldBe(0);
        _guide.Replace("en/01-alpha.md", "Migrant workers in irregular situations.", "Migrant workers\nin irregular situations, and their families.");
        _guide.Replace("en/01-alpha.md", "  - Coverage matters.", "  - Coverage matters.\n  - Portability matters.");

        var (code, output, _) = CliRunner.Run("translations", "--diff", "--lang", "fr", "--content", _guide.Content);

        code.ShouldBe(0, output);
        output.ShouldContain("key message 2 added");
        output.ShouldContain("section 'Who is left out?' changed");
        output.ShouldContain("+Migrant workers in irregular situations, and their families.[^1]");
        output.ShouldContain("+  - Portability matters.");
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _guide.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
    }
}
