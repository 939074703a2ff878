using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>
/// A file where out/.guide-work/ expects a folder, or a folder where it expects a deck, is put
/// there by someone else: the build replaces it and succeeds, instead of failing every build from
/// then on (or failing after the new output was already published).
/// </summary>
public sealed class PlantedWorkFolderTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private string Work => Path.Combine(_guide.Output, OutputStaging.WorkName);

    private void BuildsTwiceWithAnEdit()
    {
        var first = _guide.Build("site");
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");
        var second = _guide.Build("site");
        second.Succeeded.ShouldBeTrue(string.Join("\n", second.Diagnostics));
        Directory.EnumerateFiles(Path.Combine(_guide.Output, "site"), "index.html", SearchOption.AllDirectories)
            .Any(page => File.ReadAllText(page).Contains("Standards matter a lot.", StringComparison.Ordinal)).ShouldBeTrue();
        Directory.Exists(Path.Combine(_guide.Output, OutputStaging.StagingName)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("previous")]
    [InlineData("slides")]
    public void A_file_where_a_work_folder_belongs_is_replaced(string name)
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        FolderTree.Delete(Work);
        if (name.Length > 0)
        {
            Directory.CreateDirectory(Work);
        }

        File.WriteAllText(Path.Combine(Work, name), "planted");

        BuildsTwiceWithAnEdit();
    }

    [Fact]
    public void A_folder_where_a_kept_deck_belongs_is_replaced()
    {
        _guide.Build("site").Succeeded.ShouldBeTrue();
        var deck = Directory.EnumerateFiles(Path.Combine(Work, "slides"), "*.pptx", SearchOption.AllDirectories).First();
        File.Delete(deck);
        Directory.CreateDirectory(Path.Combine(deck, "inside"));

        BuildsTwiceWithAnEdit();
        File.Exists(deck).ShouldBeTrue();
    }

    [Fact]
    public void A_replaced_output_leaves_only_empty_folders_behind()
    {
        _guide.Build("site", "slides").Succeeded.ShouldBeTrue();
        _guide.Replace("en/02-beta.md", "Standards matter.", "Standards matter a lot.");

        _guide.Build("site", "slides").Succeeded.ShouldBeTrue();

        Directory.EnumerateDirectories(Path.Combine(Work, "previous")).Select(Path.GetFileName).Order().ShouldBe(["site", "slides"]);
        Directory.EnumerateFiles(Path.Combine(Work, "previous"), "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }
}
