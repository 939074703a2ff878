using GuideBuilder.Build.Cache;
using GuideBuilder.Diagnostics;

namespace GuideBuilder.Content;

/// <summary>Reads module files through the build cache: a file whose text and guide are unchanged is not parsed again, and reports what it reported.</summary>
internal sealed class CachedModuleReader(GuideSettings settings, MediaResolver media, BuildCache? cache, RenderInputs? inputs)
{
    public SourceModule? Read(string relativePath, string displayPath, string language, string text, DiagnosticBag diagnostics)
    {
        if (cache is null || inputs is null)
        {
            return new ModuleReader(settings, media, diagnostics).Read(relativePath, displayPath, language, text);
        }

        var key = inputs.Module(relativePath, displayPath, language, text);
        if (cache.Module(key) is { } stored && (cache.IsOnDisk ? WithText(stored, text, displayPath) : stored) is { } hit)
        {
            diagnostics.AddAll(hit.Diagnostics);
            return hit.Module;
        }

        var own = new DiagnosticBag();
        var read = new ModuleReader(settings, media, own).Read(relativePath, displayPath, language, text);
        cache.Module(key, new ModuleEntry(cache.IsOnDisk ? WithoutText(read) : read, own.Items));
        diagnostics.AddAll(own.Items);
        return read;
    }

    /// <summary>
    /// An entry on disk leaves out the module's body and front matter: they are the file's text, which the key was
    /// made from and which is in hand. Kept, they made most of the cache's modules (10 of 11 MB on 297 modules) and
    /// of the time to read them back. In memory (serve) the module is kept whole: a save then splits no file again.
    /// </summary>
    private static SourceModule? WithoutText(SourceModule? module) =>
        module is null ? null : module with { Body = module.Body with { Text = "" }, FrontMatter = "" };

    /// <summary>The entry with its module's body and front matter split again from its text; null (a miss) if it does not split.</summary>
    private static ModuleEntry? WithText(ModuleEntry entry, string text, string displayPath) =>
        entry.Module is not { } module ? entry
        : FrontMatter.Split(text, displayPath, new DiagnosticBag()) is { } split
            ? entry with { Module = module with { Body = module.Body with { Text = split.Body }, FrontMatter = split.Yaml } }
            : null;
}
