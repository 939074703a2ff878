using GuideBuilder.Markdown;

namespace GuideBuilder.Tests.Markdown;

/// <summary>Every character that starts a tag or an entity, or ends a quoted attribute, is escaped wherever it stands; nothing else changes.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("plain text, no markup", "plain text, no markup")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("l'accès \"égal\" & <b>", "l&#x27;accès &quot;égal&quot; &amp; &lt;b&gt;")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("'", "&#x27;")]
    [InlineData("a'", "a&#x27;")]
    [InlineData("'a", "&#x27;a")]
    [InlineData("", "")]
    [InlineData("👩🏽‍🏫 <é>", "👩🏽‍🏫 &lt;é&gt;")]
    public void Escapes_the_five_characters_and_keeps_the_rest(string text, string escaped) => HtmlText.Escape(text).ShouldBe(escaped);

    [Fact]
    public void Random_text_escaped_and_decoded_gives_the_text_back()
    {
        var random = new Random(20261202);
        const string alphabet = "ab <>&\"'é\u00a0\n";
        for (var run = 0; run < 500; run++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var escaped = HtmlText.Escape(text);
            escaped.IndexOfAny(['<', '>', '"', '\'']).ShouldBe(-1);
            System.Net.WebUtility.HtmlDecode(escaped).ShouldBe(text);
        }
    }
}
