using GuideBuilder.Content;

namespace GuideBuilder.Tests.Content;

/// <summary>The suggestions that error messages and usage mistakes offer.</summary>
public sealed class DidYouMeanTests
{
    private static readonly string[] Modules = ["00-how-to-use.md", "01-why-social-protection.md", "03-coordination-agreements.md", "04-floors-and-coordination.md"];

    [Theory]
    [InlineData("gren", new[] { "red", "green", "blue" }, "green")]
    [InlineData("standards", new[] { "the-standards", "context" }, "the-standards")]
    [InlineData("--format", new[] { "--formats", "--out", "--lang" }, "--formats")]
    [InlineData("03-coordination.md", null, "03-coordination-agreements.md")]
    [InlineData("01-why.md", null, "01-why-social-protection.md")]
    [InlineData("bleu", new[] { "red", "green", "blue" }, "blue")]
    [InlineData("esp", new[] { "en", "fr", "es" }, "es")]
    [InlineData("EN", new[] { "en", "fr", "es" }, "en")]
    public void Suggests_the_name_that_was_meant(string written, string[]? known, string meant)
    {
        DidYouMean.Suggest(written, known ?? Modules).ShouldBe(meant);
    }

    [Theory]
    [InlineData("purple", new[] { "red", "green", "blue" })]
    [InlineData("0", new[] { "00-how-to-use.md", "01-why-social-protection.md" })]
    [InlineData("05-crisis.md", null)]
    [InlineData("de", new[] { "en", "fr", "es" })]
    [InlineData("es", new[] { "en", "fr" })]
    public void Suggests_nothing_rather_than_a_wrong_name(string written, string[]? known)
    {
        DidYouMean.Suggest(written, known ?? Modules).ShouldBeNull();
        DidYouMean.Hint(written, known ?? Modules).ShouldStartWith("expected one of: ");
    }
}
