using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Translations;

/// <summary>A translation whose body is still its source's words, compared word by word without normalised copies.</summary>
public sealed class SameWordsTests
{
    [Theory]
    [InlineData("Social protection for migrant workers.", "Social  protection\nfor migrant\r\n\n  workers.")]
    [InlineData("\n\nSocial protection for workers\n", "Social protection for workers")]
    [InlineData("Social\u00a0protection for migrant\tworkers", "Social protection for migrant workers")]
    public void The_same_words_wrapped_or_spaced_otherwise_are_the_same(string first, string second)
    {
        Fingerprint.SameWords(first, second, moreThan: 3).ShouldBeTrue();
        Fingerprint.SameWords(second, first, moreThan: 3).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Social protection for migrant workers.", "Social protection for migrant workers!")]
    [InlineData("Social protection for migrant workers.", "Social protection for migrant workers. Today.")]
    [InlineData("Social protection for migrant workers.", "Protection sociale des travailleurs migrants.")]
    [InlineData("Social protection for migrant workers.", "Socialprotection for migrant workers.")]
    [InlineData("Social protection for migrant workers.", "")]
    public void A_different_added_or_missing_word_is_not_the_same(string first, string second)
    {
        Fingerprint.SameWords(first, second, moreThan: 3).ShouldBeFalse();
        Fingerprint.SameWords(second, first, moreThan: 3).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("one two three", false)]
    [InlineData("one two  three\n", false)]
    [InlineData("one two three four", true)]
    public void Only_more_words_than_may_rightly_match_count(string text, bool same) =>
        Fingerprint.SameWords(text, text, moreThan: 3).ShouldBe(same);

    [Fact]
    public void It_agrees_with_comparing_the_normalised_texts()
    {
        string[] texts = ["a b c d e", " a  b\tc\nd e ", "a b c d", "a b c d e f", "a b c d E", "\u2003a\u2003b c d e", ""];
        foreach (var first in texts)
        {
            foreach (var second in texts)
            {
                var normalized = Fingerprint.Normalize(first);
                var expected = normalized == Fingerprint.Normalize(second) && normalized.Split(' ').Length > 3;
                Fingerprint.SameWords(first, second, moreThan: 3).ShouldBe(expected, $"'{first}' / '{second}'");
            }
        }
    }
}
