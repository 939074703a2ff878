using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Reference;

/// <summary>The repository's interface strings of one language, as a build loads them.</summary>
internal static class UiStringsLoaderForTests
{
    public static UiStrings Load(string language)
    {
        var diagnostics = new DiagnosticBag();
        var all = UiStringsLoader.Load(Path.Combine(RepoPaths.Root, "translations"), [language], language, diagnostics);
        return all[language];
    }
}
