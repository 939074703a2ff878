using GuideBuilder.Content;
using GuideBuilder.Model;
using GuideBuilder.Theme;

namespace GuideBuilder.Build;

/// <summary>A guide loaded, checked and turned into its document model, ready for the targets.</summary>
public sealed record PreparedGuide(LoadedGuide Loaded, GuideDocument Document, ThemeTemplates Theme)
{
    /// <summary>The build cache the guide was prepared with; the outputs take their files from it too.</summary>
    public Cache.BuildCache? Cache { get; init; }

    /// <summary>What the outputs need: the guide without its modules' source text (<see cref="LoadedGuide.WithoutModules"/>), which the document model replaces.</summary>
    public PreparedGuide ForOutputs() => this with { Loaded = Loaded.WithoutModules() };

    /// <summary>The keys of this build's inputs, when it builds with a cache.</summary>
    public Cache.RenderInputs? Inputs => Cache is null ? null : Loaded.Inputs;
}
