using GuideBuilder.Build;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Build;

/// <summary>While the outputs are written, the modules as read are let go: the document model has what the outputs write.</summary>
public sealed class PreparedForOutputsTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    [Fact]
    public void The_outputs_get_the_guide_without_its_modules_and_everything_else_as_it_was()
    {
        var diagnostics = new DiagnosticBag();
        var prepared = GuidePreparation.Prepare(_guide.Options(), diagnostics, SilentProgress.Instance);
        prepared.ShouldNotBeNull(string.Join("\n", diagnostics.Items));
        prepared.Loaded.SourceModules.ShouldNotBeEmpty();

        var forOutputs = prepared.ForOutputs();

        forOutputs.Loaded.ModulesByLanguage.Keys.ShouldBe(prepared.Loaded.ModulesByLanguage.Keys, ignoreOrder: true);
        forOutputs.Loaded.ModulesByLanguage.Values.ShouldAllBe(modules => modules.Count == 0);
        forOutputs.Loaded.UnreadBodies.ShouldBeEmpty();
        forOutputs.Loaded.Folder.ShouldBeSameAs(prepared.Loaded.Folder);
        forOutputs.Loaded.Settings.ShouldBeSameAs(prepared.Loaded.Settings);
        forOutputs.Loaded.UiStrings.ShouldBeSameAs(prepared.Loaded.UiStrings);
        forOutputs.Loaded.Glossaries.ShouldBeSameAs(prepared.Loaded.Glossaries);
        forOutputs.Document.ShouldBeSameAs(prepared.Document);
        forOutputs.Theme.ShouldBeSameAs(prepared.Theme);
        forOutputs.Cache.ShouldBe(prepared.Cache);
        prepared.Loaded.SourceModules.ShouldNotBeEmpty("the prepared guide itself is left as it was");
    }
}
