using GuideBuilder.Translations;

namespace GuideBuilder.Content;

/// <summary>
/// Everything read from disk for one build, before any Markdown is rendered. <see cref="UnreadableFiles"/>
/// names the module files (by file name) that exist but could not be read: each has its own error,
/// so links to them and their translations are not reported again.
/// </summary>
public sealed record LoadedGuide(
    ContentFolder Folder,
    GuideSettings Settings,
    IReadOnlyDictionary<string, IReadOnlyList<SourceModule>> ModulesByLanguage,
    IReadOnlyDictionary<string, UiStrings> UiStrings,
    IReadOnlySet<string> UnreadableFiles)
{
    public IReadOnlyList<SourceModule> SourceModules => ModulesByLanguage[Settings.DefaultLanguage];

    /// <summary>The bodies of the files whose front matter could not be read, by language: their Markdown is still checked.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LocatedText>> UnreadBodies { get; init; } = new Dictionary<string, IReadOnlyList<LocatedText>>();

    /// <summary>Each language's glossary.yml, for the languages that have one.</summary>
    public IReadOnlyDictionary<string, Glossary.GlossaryFile> Glossaries { get; init; } = new Dictionary<string, Glossary.GlossaryFile>();

    /// <summary>The source language's glossary: the concepts every language's term marks may name.</summary>
    public Glossary.GlossaryFile? SourceGlossary => Glossaries.GetValueOrDefault(Settings.DefaultLanguage);

    /// <summary>The keys of what this build read, when it builds with a cache.</summary>
    public Build.Cache.RenderInputs? Inputs { get; init; }

    /// <summary>
    /// The same guide without its modules (every language's list empty, no unread bodies): the outputs
    /// write from the document model, and holding every module's Markdown while they write made the
    /// peak memory of a 99-module guide in three languages about 20 MB larger.
    /// </summary>
    public LoadedGuide WithoutModules() => this with
    {
        ModulesByLanguage = ModulesByLanguage.ToDictionary(l => l.Key, IReadOnlyList<SourceModule> (_) => [], StringComparer.Ordinal),
        UnreadBodies = new Dictionary<string, IReadOnlyList<LocatedText>>(),
    };
}
