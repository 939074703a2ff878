using System.Runtime.CompilerServices;
using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Markdown;
using GuideBuilder.Targets.Slides;

namespace GuideBuilder.Build;

/// <summary>
/// Readies, while the content is read (work for one core), what the later stages set up once: the
/// Markdown pipeline, the template engine's built-in functions and, when decks are made, the Open XML
/// SDK. Done by the first module of each stage instead, it held every other module of that stage
/// back: about a tenth of a build of 99 modules, and most of a small guide's build.
/// </summary>
internal static class OutputWarmup
{
    private const string Sample = "# Warm-up\n\nA *paragraph* with a [link](#warm-up).\n\n- an item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

    public static Task Start(bool slides) => Task.Run(() =>
    {
        try
        {
            MarkdownHtml.Render(MarkdownParser.Parse(new LocatedText(Sample, SourceLocation.Option("warm-up")), new DiagnosticBag()), new Translations.UiStrings("en", new Dictionary<string, string>()));
            RuntimeHelpers.RunClassConstructor(typeof(Theme.ThemeContext).TypeHandle);
            if (slides)
            {
                PptxDeckWriter.Write(SampleDeck(), BuildClock.Timestamp);
            }
        }
        catch (Exception)
        {
            // Only time is at stake here: the stages do the same work again, and report any failure of it.
        }
    });

    private static SlideDeck SampleDeck() => new("en", "Guide", "Module", "Publisher", "#1d5fa6",
    [
        new Slide(SlideKind.Cover, "Module 1", "Warm-up", [], Notes: "notes"),
        new Slide(SlideKind.List, "Objectives", "Warm-up", ["one", "two\nsecond line"], Numbered: true, Foot: "foot"),
        new Slide(SlideKind.Quote, "Voices", "Warm-up", ["a quote", "a speaker"]),
    ]);
}
