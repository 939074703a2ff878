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
        if (cache.Module(key) is not { } entry)
        {
            var own = new DiagnosticBag();
            entry = new ModuleEntry(new ModuleReader(settings, media, own).Read(relativePath, displayPath, language, text), own.Items);
            cache.Module(key, entry);
        }

        diagnostics.AddAll(entry.Diagnostics);
        return entry.Module;
    }
}
