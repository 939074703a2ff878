using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Translations;

/// <summary>
/// A module's fingerprint is hashed word by word as its fields are read; translators' files hold
/// fingerprints, so it must stay exactly the hash of the normalised labelled text.
/// </summary>
public sealed class FingerprintTests
{
    private static readonly string[] Pieces =
        ["social", "protection", " ", "  ", "\n", "\r\n\n", "\t", "\u00a0", "\u2003", "|", "[body]", "é", "👩🏽‍🌾", "\u0000", "\ud800", "<b>", "—", "x"];

    [Fact]
    public void It_is_the_hash_of_the_normalised_labelled_text_for_every_sample_module()
    {
        var modules = SampleModules();
        modules.Count.ShouldBeGreaterThan(20);
        foreach (var module in modules)
        {
            Fingerprint.Of(module).ShouldBe(Fingerprint.Of(Fingerprint.TranslatableText(module)), module.RelativePath);
        }
    }

    [Fact]
    public void It_is_the_same_hash_for_random_white_space_unicode_and_long_words()
    {
        var random = new Random(20261202);
        var source = SampleModules()[1];
        for (var round = 0; round < 200; round++)
        {
            var module = source with
            {
                Title = RandomText(random, 12),
                Summary = random.Next(3) == 0 ? null : RandomText(random, 8),
                Objectives = [RandomText(random, 5), RandomText(random, 3)],
                Body = source.Body with { Text = RandomText(random, 200) + new string('w', random.Next(5000)) + RandomText(random, 20) },
            };
            Fingerprint.Of(module).ShouldBe(Fingerprint.Of(Fingerprint.TranslatableText(module)), $"round {round}");
        }
    }

    [Fact]
    public void Rewrapping_the_body_keeps_the_fingerprint_and_a_changed_word_does_not()
    {
        var module = SampleModules()[1];
        var rewrapped = module with { Body = module.Body with { Text = "\n  " + module.Body.Text.Replace(" ", "\n   ", StringComparison.Ordinal) + "\n\n" } };
        var changed = module with { Body = module.Body with { Text = module.Body.Text + " more" } };

        Fingerprint.Of(rewrapped).ShouldBe(Fingerprint.Of(module));
        Fingerprint.Of(changed).ShouldNotBe(Fingerprint.Of(module));
    }

    private static List<SourceModule> SampleModules()
    {
        var loaded = GuideLoader.Load(new ContentFolder(RepoPaths.SampleContent), RepoPaths.UiStrings, new DiagnosticBag())!;
        return [.. loaded.ModulesByLanguage.Values.SelectMany(m => m)];
    }

    private static string RandomText(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, random.Next(pieces + 1)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
