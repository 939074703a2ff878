using GuideBuilder.Translations;

namespace GuideBuilder.Content;

/// <summary>Everything read from disk for one build, before any Markdown is rendered.</summary>
public sealed record LoadedGuide(
    ContentFolder Folder,
    GuideSettings Settings,
    IReadOnlyDictionary<string, IReadOnlyList<SourceModule>> ModulesByLanguage,
    IReadOnlyDictionary<string, UiStrings> UiStrings)
{
    public IReadOnlyList<SourceModule> SourceModules => ModulesByLanguage[Settings.DefaultLanguage];
}
