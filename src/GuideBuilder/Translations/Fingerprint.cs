using System.Security.Cryptography;
using System.Text;
using GuideBuilder.Content;

namespace GuideBuilder.Translations;

/// <summary>
/// The fingerprint of a module's translatable content: SHA-256 over its text fields and body,
/// with whitespace normalised (runs of spaces and line breaks count as one space, and blank
/// lines between paragraphs do not count), so that re-wrapping or re-indenting the source does
/// not make translations outdated. Ids, numbers, tab colours, paths and URLs are left out:
/// translations copy them and they need no translator. Written as <c>sha256:</c> and 16 hex digits.
/// </summary>
public static class Fingerprint
{
    public const string Prefix = "sha256:";

    // A module's text never changes once read; serve keeps modules between builds, and every translation asks for its source's.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceModule, string> Known = [];

    public static string Of(SourceModule module) => Known.GetValue(module, Hash);

    /// <summary>
    /// True when both texts are the same words (<see cref="Normalize"/>: runs of white space count as
    /// one space) and there are more than <paramref name="moreThan"/> of them.
    /// </summary>
    /// <remarks>
    /// Hand-written, word by word, rather than comparing two normalised copies: those cost twice every
    /// module's text in allocations (and were kept for the whole build), while a translation differs
    /// from its source within its first few words.
    /// </remarks>
    public static bool SameWords(string first, string second, int moreThan)
    {
        var (a, b, words) = (0, 0, 0);
        while (true)
        {
            var inFirst = NextWord(first, ref a, out var wordOfFirst);
            if (inFirst != NextWord(second, ref b, out var wordOfSecond))
            {
                return false;
            }

            if (!inFirst)
            {
                return words > moreThan;
            }

            if (!wordOfFirst.SequenceEqual(wordOfSecond))
            {
                return false;
            }

            words++;
        }
    }

    /// <summary>A glossary entry's fingerprint: its term, plural forms and definition (its id is not translated).</summary>
    public static string Of(Glossary.GlossaryEntry entry) =>
        Of($"[term] {Normalize(entry.Term)}\n[plural] {string.Join(" | ", entry.Plurals.Select(Normalize))}\n[definition] {Normalize(entry.Definition.Text)}\n");

    public static string Of(string translatableText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(translatableText)));
        return Written(hash);
    }

    private static string Written(byte[] hash) => Prefix + Convert.ToHexStringLower(hash)[..16];

    /// <summary>The fingerprint of <see cref="TranslatableText"/>, hashed word by word as the fields are read.</summary>
    private static string Hash(SourceModule module)
    {
        using var words = new WordHash();
        EachField(module, (name, parts) =>
        {
            // The fields joined by " | " are never blank: the separators alone are words.
            if (parts.Length == 1 && string.IsNullOrWhiteSpace(parts[0]))
            {
                return;
            }

            words.Words($"[{name}]");
            for (var i = 0; i < parts.Length; i++)
            {
                words.Words(i == 0 ? "" : "|").Words(parts[i]);
            }
        });
        return Written(words.Finish());
    }

    /// <summary>
    /// The fields a translator translates, one per line, labelled so a change can be told apart: the text
    /// a module's fingerprint is taken over (<see cref="Of(SourceModule)"/> hashes it without building it).
    /// </summary>
    public static string TranslatableText(SourceModule module)
    {
        var text = new StringBuilder();
        EachField(module, (name, parts) =>
        {
            var value = string.Join(" | ", parts!);
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append('[').Append(name).Append("] ").Append(Normalize(value)).Append('\n');
            }
        });
        return text.ToString();
    }

    /// <summary>A translatable field: its label and its parts, which the text joins with " | ".</summary>
    private delegate void FieldVisitor(string name, ReadOnlySpan<string?> parts);

    /// <summary>Every translatable field of the module, in the order the fingerprint takes them.</summary>
    private static void EachField(SourceModule module, FieldVisitor field)
    {
        field("title", [module.Title]);
        field("short-title", [module.ShortTitle]);
        field("summary", [module.Summary]);
        foreach (var objective in module.Objectives)
        {
            field("objectives", [objective]);
        }

        foreach (var message in module.KeyMessages)
        {
            field("key-messages", [message]);
        }

        foreach (var voice in module.Voices)
        {
            field("voices", [voice.Name, voice.Role, voice.Country, voice.Quote.Text]);
        }

        foreach (var exercise in module.Exercises)
        {
            field($"exercise {exercise.Id}",
                [exercise.Title, exercise.Duration, .. exercise.Objectives, .. exercise.Materials, exercise.Instructions.Text, exercise.FacilitatorNotes?.Text ?? ""]);
        }

        foreach (var resource in module.Resources)
        {
            field("resources", [resource.Title, resource.Description]);
        }

        field("body", [module.Body.Text]);
    }

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The next run of non-white-space characters from <paramref name="at"/> (white space as <see cref="string.Split(char[])"/> sees it).</summary>
    private static bool NextWord(string text, ref int at, out ReadOnlySpan<char> word)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var start = at;
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        word = text.AsSpan(start, at - start);
        return at > start;
    }
}
